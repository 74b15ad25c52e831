#pragma once

#include <QCoreApplication>

class CliOptions;

// report invoice: the invoice basis of a cooperation agreement for a year, as a PDF.
class InvoiceCommands
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceCommands)
public:
    static int reportInvoice(const CliOptions &options);
};
