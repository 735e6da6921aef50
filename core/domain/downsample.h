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

/**
 * What a chart plotWidthPx pixels wide draws of a series sorted by x: the points with x in
 * [xMin, xMax] plus the nearest one outside on each side (so lines reach the plot's edges),
 * downsampled by LTTB to at most two points per pixel.
 */
QList<QPointF> pointsForPlot(const QList<QPointF> &points, double xMin, double xMax,
                             int plotWidthPx);

} // namespace mend
