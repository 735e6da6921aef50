#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

/**
 * A read-only list for QML whose rows are one Q_GADGET type: each property of the gadget is a
 * role, named as the property (a delegate declares `required property string label`), and
 * numbered Qt::UserRole + its index. The row type is the one declaration of the roles.
 */
class RecordListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Controllers hold the lists")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    /** A row as a map of role name -> value (empty when out of range), for scripts and tests. */
    Q_INVOKABLE QVariantMap get(int row) const;

signals:
    void countChanged();

protected:
    RecordListModel(const QMetaObject &rowType, QObject *parent);
    virtual const void *rowAt(int row) const = 0;
    virtual int size() const = 0;

private:
    const QMetaObject &m_rowType;
};

/** The list of one row type. set() changes the rows that differ in place when their number
 *  stays, and resets the list when it changes. */
template <typename Row> class RecordList final : public RecordListModel
{
public:
    explicit RecordList(QObject *parent = nullptr) : RecordListModel(Row::staticMetaObject, parent)
    {
    }

    void set(QList<Row> rows)
    {
        if (rows == m_rows)
            return;
        if (rows.size() == m_rows.size()) {
            // The rows that differ, each in place: the views keep their delegates (and a page
            // its scroll position) when a goal is ticked or a figure changes.
            for (qsizetype i = 0; i < rows.size(); ++i)
                if (!(rows.at(i) == m_rows.at(i))) {
                    m_rows[i] = std::move(rows[i]);
                    Q_EMIT dataChanged(index(int(i)), index(int(i)));
                }
            return;
        }
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        Q_EMIT countChanged();
    }
    const QList<Row> &rows() const { return m_rows; }

private:
    const void *rowAt(int row) const override { return &m_rows.at(row); }
    int size() const override { return int(m_rows.size()); }

    QList<Row> m_rows;
};
