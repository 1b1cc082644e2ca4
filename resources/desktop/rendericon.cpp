// Build-time tool: renders the application icon's SVG to the PNG sizes desktops look for, so the
// PNGs always match the SVG and no bitmap is committed.
//   rendericon ICON.svg HICOLOR_DIR SIZE...   writes HICOLOR_DIR/<size>x<size>/apps/<icon name>.png
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 4) {
        err << "usage: rendericon ICON.svg HICOLOR_DIR SIZE...\n";
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << args.at(1) << ": not a valid SVG file\n";
        return 1;
    }
    const QString base = QFileInfo(args.at(1)).completeBaseName();
    for (int i = 3; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size <= 0 || size > 4096) {
            err << args.at(i) << ": not an icon size\n";
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args.at(2)).arg(size);
        const QString path = QStringLiteral("%1/%2.png").arg(dir, base);
        if (!QDir().mkpath(dir) || !image.save(path, "PNG")) {
            err << path << ": cannot write\n";
            return 1;
        }
    }
    return 0;
}
