// SPDX-License-Identifier: LGPL-2.1-or-later
// Charts from GJS (gjs -m): PNG bytes and an SVG file.
import Aict from 'gi://Aict?version=1';
import GLib from 'gi://GLib';
import System from 'system';

let failures = 0;
function test(name, fn) {
    try {
        fn();
        print(`ok - ${name}`);
    } catch (e) {
        failures++;
        printerr(`not ok - ${name}: ${e.message}\n${e.stack ?? ''}`);
    }
}
function assert(cond, msg = 'assertion failed') {
    if (!cond)
        throw new Error(msg);
}

const path = GLib.build_filenamev([GLib.getenv('AICT_SOURCE_ROOT'), 'data', 'meeting-2016.json']);
const dataset = Aict.Dataset.new_from_file(path);

test('PNG bytes', () => {
    const bytes = dataset.render_chart(Aict.ChartKind.STATUSES, Aict.ChartFormat.PNG, null, null);
    const data = bytes.toArray();
    const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    signature.forEach((b, i) => assert(data[i] === b, `byte ${i} of the signature`));
    const width = (data[16] << 24) | (data[17] << 16) | (data[18] << 8) | data[19];
    assert(width === 720, `width ${width}`);
});

test('SVG file', () => {
    const dir = GLib.dir_make_tmp('aict-gjs-XXXXXX');
    const file = GLib.build_filenamev([dir, 'timeline.svg']);
    const at = Aict.PartialDate.parse('2017-01-01');
    assert(dataset.render_chart_to_file(Aict.ChartKind.TIMELINE, Aict.ChartFormat.SVG, null, at, file));
    const [ok, contents] = GLib.file_get_contents(file);
    assert(ok);
    const text = new TextDecoder().decode(contents);
    assert(text.includes('<title>Partnerships over time</title>'), 'title');
    assert(text.includes('<desc>'), 'desc');
    GLib.unlink(file);
    GLib.rmdir(dir);
});

test('HTML report', () => {
    const html = new TextDecoder().decode(dataset.render_html_report(null, null).toArray());
    assert(html.startsWith('<!DOCTYPE html>'));
    assert(!html.includes('<script'), 'no script');
});

System.exit(failures > 0 ? 1 : 0);
