#include "recordlistmodel.h"

#include <QMetaProperty>

RecordListModel::RecordListModel(const QMetaObject &rowType, QObject *parent)
    : QAbstractListModel(parent), m_rowType(rowType)
{
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : size();
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int property = role - Qt::UserRole;
    if (property < 0 || property >= m_rowType.propertyCount())
        return {};
    return m_rowType.property(property).readOnGadget(rowAt(index.row()));
}

QHash<int, QByteArray> RecordListModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int i = 0; i < m_rowType.propertyCount(); ++i)
        names.insert(Qt::UserRole + i, m_rowType.property(i).name());
    return names;
}

QVariantMap RecordListModel::get(int row) const
{
    QVariantMap out;
    if (row < 0 || row >= size())
        return out;
    for (int i = 0; i < m_rowType.propertyCount(); ++i) {
        const QMetaProperty p = m_rowType.property(i);
        out.insert(QString::fromLatin1(p.name()), p.readOnGadget(rowAt(row)));
    }
    return out;
}
