#pragma once

#include <QString>

#include <memory>

class ReportDocument;

// A tab whose contents print: File > Print, Print Preview and Export as PDF ask the
// current tab for its report through this (a tab without it prints the actor list).
class PrintableView
{
public:
    virtual ~PrintableView() = default;
    // The report of what the view shows now; null when there is nothing to print (the
    // view has then said why through its own message).
    virtual std::unique_ptr<ReportDocument> makeReport() const = 0;
    // The file name offered for a PDF, without a folder ("budget-2023-2025.pdf").
    virtual QString pdfFileName() const = 0;
};
