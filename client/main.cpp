#include "clientoptions.h"
#include "clientwindow.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    const bool withoutWindow = clientRunsWithoutWindow(argc, argv);
    std::unique_ptr<QCoreApplication> app(withoutWindow ? new QCoreApplication(argc, argv)
                                                        : new QApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("udpchat"));
    QCoreApplication::setApplicationName(QStringLiteral("udpchat-client"));
    QCoreApplication::setApplicationVersion(QStringLiteral(UDPCHAT_VERSION));

    ClientOptions options;
    QString error;
    if (!parseClientOptions(*app, &options, &error)) {
        std::fprintf(stderr, "udpchat-client: %s\n", error.toLocal8Bit().constData());
        return 2;
    }
    ClientWindow window(options);
    window.show();
    return app->exec();
}
