#pragma once

#include "Person.h"
#include "RecordTableModel.h"

#include <QHash>

// People with the name of their organisation.
class PersonTableModel : public RecordTableModel<Person>
{
    Q_OBJECT
public:
    enum Column { Name, Title, Organisation, Email, Phone, Party };
    using RecordTableModel::RecordTableModel;

    // Organisation names by actor id, used for the Organisation column.
    void setOrganisationNames(QHash<qint64, QString> names);

protected:
    QStringList headers() const override;
    QVariant cell(const Person &p, int column) const override;

private:
    QHash<qint64, QString> m_organisations;
};
