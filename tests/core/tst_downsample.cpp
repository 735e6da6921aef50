#include "domain/downsample.h"

#include <catch2/catch.hpp>

using namespace mend;

TEST_CASE("LTTB keeps ends and peaks, returns the target count, leaves short series alone",
          "[downsample]")
{
    QList<QPointF> flat;
    for (int i = 0; i < 1000; ++i)
        flat.append(QPointF(i, i == 500 ? 10.0 : 1.0)); // one spike
    const auto out = downsampleLttb(flat, 50);
    REQUIRE(out.size() == 50);
    CHECK(out.first() == flat.first());
    CHECK(out.last() == flat.last());
    CHECK(std::any_of(out.begin(), out.end(), [](const QPointF &p) { return p.y() == 10.0; }));
    for (int i = 1; i < out.size(); ++i)
        CHECK(out.at(i).x() > out.at(i - 1).x()); // order kept, no point twice

    CHECK(downsampleLttb(flat.mid(0, 40), 50) == flat.mid(0, 40));
    CHECK(downsampleLttb(flat, 2) == QList<QPointF>{flat.first(), flat.last()});
    // A straight line stays on the line.
    QList<QPointF> line;
    for (int i = 0; i < 300; ++i)
        line.append(QPointF(i, 2.0 * i));
    for (const auto &p : downsampleLttb(line, 20))
        CHECK(p.y() == 2.0 * p.x());
}
