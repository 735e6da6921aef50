#pragma once

#include <QList>
#include <QPointF>
#include <QtCharts/QXYSeries>

/** Puts all points into a chart series in one call (one repaint). */
inline void replaceSeries(QAbstractSeries *series, const QList<QPointF> &points)
{
    if (auto *xy = qobject_cast<QXYSeries *>(series))
        xy->replace(points);
}
