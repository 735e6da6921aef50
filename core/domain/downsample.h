#pragma once

#include <QList>
#include <QPointF>

namespace mend {

/**
 * Largest-Triangle-Three-Buckets downsampling (Steinarsson 2013): keeps the first and last point
 * and, per bucket, the point that spans the largest triangle, so peaks survive. Points must be
 * sorted by x. Returns the input unchanged when it already has at most `target` points.
 */
QList<QPointF> downsampleLttb(const QList<QPointF> &points, int target);

} // namespace mend
