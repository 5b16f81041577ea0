// SPDX-License-Identifier: LGPL-2.1-or-later
// The IATI and DOT exports from GJS (gjs -m), which demands every
// argument: nullable ones are passed as null.
import Aict from 'gi://Aict?version=1';
import GLib from 'gi://GLib';
import Gio from 'gi://Gio';

const failures = [];
function test(name, fn) {
    try {
        fn();
        print(`ok - ${name}`);
    } catch (e) {
        failures.push(name);
        printerr(`not ok - ${name}: ${e}\n${e.stack ?? ''}`);
    }
}
function assert(cond, msg = 'assertion failed') {
    if (!cond)
        throw new Error(msg);
}

const SOURCE_ROOT = GLib.getenv('AICT_SOURCE_ROOT') ??
    GLib.build_filenamev([GLib.path_get_dirname(import.meta.url.replace('file://', '')), '..', '..']);
const FIXTURE = GLib.build_filenamev([SOURCE_ROOT, 'tests', 'data', 'iati', 'export.json']);
const decoder = new TextDecoder();

test('export_iati_to_bytes gives the XML and the report', () => {
    const dataset = Aict.Dataset.new_from_file(FIXTURE);
    const [bytes, report] = dataset.export_iati_to_bytes('cd17', null, null);
    const xml = decoder.decode(bytes.toArray());
    assert(xml.includes('<iati-identifier>FR-RCS-000000000-p-roles</iati-identifier>'), 'identifier');
    const codes = [];
    for (let i = 0; i < report.get_issues().get_n_items(); i++)
        codes.push(report.get_issues().get_item(i).get_code());
    assert(codes.includes('iati-no-start'), 'no-start reported');
});

test('export_iati to a stream, and its error', () => {
    const dataset = Aict.Dataset.new_from_file(FIXTURE);
    const stream = Gio.MemoryOutputStream.new_resizable();
    const report = dataset.export_iati('cd17', null, null, stream, null);
    assert(report instanceof Aict.Report, 'a report');
    let error = null;
    try {
        dataset.export_iati_to_bytes('cd24', null, null);
    } catch (e) {
        error = e;
    }
    assert(error !== null && error.matches(Aict.Error, Aict.Error.INVALID_ARGUMENT), `${error}`);
});

test('export_dot_to_bytes', () => {
    const dataset = Aict.Dataset.new_from_file(FIXTURE);
    const dot = decoder.decode(dataset.export_dot_to_bytes(null).toArray());
    assert(dot.startsWith('digraph aict {'), dot.slice(0, 40));
});

if (failures.length > 0)
    throw new Error(`${failures.length} failed: ${failures.join(', ')}`);
