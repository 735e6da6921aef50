#include "downsample.h"

#include <algorithm>
#include <cmath>

namespace mend {

QList<QPointF> downsampleLttb(const QList<QPointF> &points, int target)
{
    const qsizetype n = points.size();
    if (target >= n || target < 3)
        return target < 3 && n > 2 ? QList<QPointF>{points.first(), points.last()} : points;
    QList<QPointF> out;
    out.reserve(target);
    out.append(points.first());
    const double every = double(n - 2) / (target - 2);
    qsizetype previous = 0;
    for (int bucket = 0; bucket < target - 2; ++bucket) {
        // The average of the next bucket is the triangle's third corner.
        const auto nextStart = qsizetype(std::floor((bucket + 1) * every)) + 1;
        const auto nextEnd = std::min(n, qsizetype(std::floor((bucket + 2) * every)) + 1);
        double avgX = 0;
        double avgY = 0;
        for (qsizetype i = nextStart; i < nextEnd; ++i) {
            avgX += points.at(i).x();
            avgY += points.at(i).y();
        }
        const auto count = std::max<qsizetype>(1, nextEnd - nextStart);
        avgX /= double(count);
        avgY /= double(count);
        const auto start = qsizetype(std::floor(bucket * every)) + 1;
        const auto end = qsizetype(std::floor((bucket + 1) * every)) + 1;
        const QPointF a = points.at(previous);
        double best = -1;
        qsizetype chosen = start;
        for (qsizetype i = start; i < end; ++i) {
            const double area = std::abs((a.x() - avgX) * (points.at(i).y() - a.y()) -
                                         (a.x() - points.at(i).x()) * (avgY - a.y()));
            if (area > best) {
                best = area;
                chosen = i;
            }
        }
        out.append(points.at(chosen));
        previous = chosen;
    }
    out.append(points.last());
    return out;
}

QList<QPointF> pointsForPlot(const QList<QPointF> &points, double xMin, double xMax,
                             int plotWidthPx)
{
    const auto byX = [](const QPointF &p, double x) { return p.x() < x; };
    auto first = std::lower_bound(points.begin(), points.end(), xMin, byX);
    auto last = std::upper_bound(points.begin(), points.end(), xMax,
                                 [](double x, const QPointF &p) { return x < p.x(); });
    if (first != points.begin())
        --first;
    if (last != points.end())
        ++last;
    return downsampleLttb(QList<QPointF>(first, last), 2 * std::max(plotWidthPx, 2));
}

} // namespace mend
