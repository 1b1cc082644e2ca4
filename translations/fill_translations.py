#!/usr/bin/env python3
"""Fill unfinished Swedish messages of deliverydesk_sv.ts from a tab-separated file.

Each line of the TSV is `context<TAB>source<TAB>translation`; for a plural message (numerus="yes")
the translation holds the forms separated by ` ||| ` (Swedish: singular ||| plural). Lines starting
with `#` and empty lines are skipped. Only messages that are unfinished (or empty) are filled, so a
reviewed translation is never overwritten; pass --force to overwrite finished ones too.

    python3 translations/fill_translations.py translations/deliverydesk_sv.ts my.tsv [--force]

Prints the messages still unfinished afterwards, one `context: source` a line, and exits 1 when
there are any. Run lupdate first (cmake --build BUILD --target update_translations).
"""
import html
import re
import sys

MESSAGE = re.compile(r'(<message(?P<attrs>[^>]*)>)(?P<body>.*?)(</message>)', re.S)
CONTEXT = re.compile(r'<context>\s*<name>(?P<name>.*?)</name>(?P<body>.*?)</context>', re.S)
SOURCE = re.compile(r'<source>(.*?)</source>', re.S)
TRANSLATION = re.compile(r'<translation(?P<attrs>[^>]*)>(?P<text>.*?)</translation>', re.S)


def escape(text):
    return (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;').replace("'", '&apos;'))


def unescape(text):
    return html.unescape(text)


def load(tsv_path):
    table = {}
    with open(tsv_path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            parts = line.split('\t')
            if len(parts) != 3:
                sys.exit(f'{tsv_path}:{number}: expected context<TAB>source<TAB>translation')
            context, source, translation = (p.replace('\\n', '\n') for p in parts)
            table[(context, source)] = translation
    return table


def fill(ts_text, table, force):
    unfinished = []

    def fill_context(cm):
        name = unescape(cm.group('name'))

        def fill_message(mm):
            body = mm.group('body')
            src = SOURCE.search(body)
            tr = TRANSLATION.search(body)
            if not src or not tr:
                return mm.group(0)
            source = unescape(src.group(1))
            done = 'type="unfinished"' not in tr.group('attrs') and tr.group('text').strip()
            if 'type="vanished"' in tr.group('attrs') or 'type="obsolete"' in tr.group('attrs'):
                return mm.group(0)
            key = (name, source)
            if key in table and (force or not done):
                text = table[key]
                if 'numerus="yes"' in mm.group('attrs'):
                    forms = ''.join(f'\n            <numerusform>{escape(f)}</numerusform>'
                                    for f in text.split(' ||| '))
                    new = f'<translation>{forms}\n        </translation>'
                else:
                    new = f'<translation>{escape(text)}</translation>'
                body = body[:tr.start()] + new + body[tr.end():]
                return mm.group(1) + body + mm.group(4)
            if not done:
                unfinished.append(f'{name}: {source}')
            return mm.group(0)

        body = MESSAGE.sub(fill_message, cm.group('body'))
        return cm.group(0)[:cm.start('body') - cm.start()] + body + '</context>'

    return CONTEXT.sub(fill_context, ts_text), unfinished


def main():
    args = [a for a in sys.argv[1:] if a != '--force']
    if len(args) != 2:
        sys.exit(__doc__)
    ts_path, tsv_path = args
    with open(ts_path, encoding='utf-8') as f:
        text = f.read()
    text, unfinished = fill(text, load(tsv_path), '--force' in sys.argv)
    with open(ts_path, 'w', encoding='utf-8') as f:
        f.write(text)
    for u in unfinished:
        print(u)
    return 1 if unfinished else 0


if __name__ == '__main__':
    sys.exit(main())
