// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace godwit::ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Godwit"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/io.github.godwit.Godwit.svg")).pixmap(72, 72));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);

    auto *text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setText(
        QStringLiteral("<h2>%1 %2</h2><p>%3</p><p>%4</p><p>%5</p>")
            .arg(tr("Godwit"), QStringLiteral(GODWIT_VERSION),
                 tr("A desktop console for customer-data migrations: create companies and migrations, upload "
                    "files, watch runs, review proposed fixes and export validated rows — against the hosted "
                    "Migration API or the local server that ships with it."),
                 tr("Licensed under the GNU General Public License, version 3 or later."),
                 tr("Built with Qt %1 (running on %2). Charts by QCustomPlot.")
                     .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()))));
    text->setAccessibleName(tr("About Godwit"));
    top->addWidget(text, 1);
    layout->addLayout(top);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(480, 260);
}

} // namespace godwit::ui
