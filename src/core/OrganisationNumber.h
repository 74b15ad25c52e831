#pragma once

#include <QCoreApplication>
#include <QString>

// Swedish organisation number (organisationsnummer), NNNNNN-NNNN with a Luhn check digit.
// Accepts what people type and what the seeds print: a hyphen or an en dash, no
// separator, spaces, or twelve digits with a century prefix (16, 19 or 20).
class OrganisationNumber
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationNumber)

public:
    // Normalises to NNNNNN-NNNN; returns an empty string and sets *why when invalid.
    static QString normalise(const QString &input, QString *why = nullptr);
    static bool isValid(const QString &input) { return !normalise(input).isEmpty(); }
    // Luhn check over ten digits.
    static bool luhnValid(const QString &tenDigits);
    static int luhnCheckDigit(const QString &nineDigits);
};
