// SPDX-License-Identifier: LGPL-2.1-or-later
// Stores from GJS: open by URI, edit, save, see the revision.
import Aict from 'gi://Aict?version=1';
import GLib from 'gi://GLib';
import System from 'system';

const SOURCE_ROOT = GLib.getenv('AICT_SOURCE_ROOT') ?? '.';
const DATASET = GLib.build_filenamev([SOURCE_ROOT, 'data', 'meeting-2016.json']);

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
function assertEqual(actual, expected, msg = '') {
    if (actual !== expected)
        throw new Error(`${msg} expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

const dir = GLib.dir_make_tmp('aict-store-js-XXXXXX');
const path = GLib.build_filenamev([dir, 'store.sqlite']);
const decoder = new TextDecoder();
const text = dataset => decoder.decode(dataset.to_bytes().toArray());

test('open, edit, save, see the revision', () => {
    const store = Aict.Store.open(`sqlite:${path}`, null);
    const original = Aict.Dataset.new_from_file(DATASET);
    assertEqual(store.save(original, 'Marie', 'Import', null), 1);

    const dataset = store.load(null);
    assertEqual(text(dataset), text(original), 'loaded back');
    const partnership = dataset.get_partnerships().get_item(0);
    partnership.set_title('Titre modifié depuis GJS');
    assertEqual(store.save(dataset, 'Jean', 'Depuis GJS', null), 2);

    const revisions = store.list_revisions();
    assertEqual(revisions.get_n_items(), 2);
    const last = revisions.get_item(1);
    assertEqual(last.get_number(), 2);
    assertEqual(last.get_author(), 'Jean');
    assertEqual(last.get_message(), 'Depuis GJS');
    assertEqual(last.get_n_modified(), 1);
    assertEqual(text(store.load_revision(1, null)), text(original), 'revision 1');
    store.close();

    const again = Aict.Store.open(`sqlite:${path}`, null);
    assertEqual(again.load(null).lookup_partnership(partnership.get_id()).get_title(),
        'Titre modifié depuis GJS');
    again.close();
});

test('a PostgreSQL URI is refused with an AictError', () => {
    try {
        Aict.Store.open('postgresql://localhost/aict', null);
        throw new Error('no error');
    } catch (e) {
        if (!(e instanceof GLib.Error) || !e.matches(Aict.error_quark(), Aict.Error.FAILED))
            throw e;
    }
});

for (const name of ['store.sqlite', 'store.sqlite-wal', 'store.sqlite-shm'])
    GLib.unlink(GLib.build_filenamev([dir, name]));
GLib.rmdir(dir);

if (failures.length > 0)
    System.exit(1);
