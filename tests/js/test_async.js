// SPDX-License-Identifier: LGPL-2.1-or-later
// Asynchronous loads and saves from GJS: Gio._promisify and await.
import Aict from 'gi://Aict?version=1';
import GLib from 'gi://GLib';
import Gio from 'gi://Gio';
import System from 'system';

Gio._promisify(Aict.Dataset, 'new_from_file_async', 'new_from_file_finish');
Gio._promisify(Aict.Dataset, 'new_from_file_full_async', 'new_from_file_finish');
Gio._promisify(Aict.Dataset, 'new_from_stream_async', 'new_from_stream_finish');
Gio._promisify(Aict.Dataset, 'new_from_stream_full_async', 'new_from_stream_finish');
Gio._promisify(Aict.Dataset.prototype, 'save_to_file_async', 'save_to_file_finish');

const SOURCE_ROOT = GLib.getenv('AICT_SOURCE_ROOT') ?? '.';
const DATASET = GLib.build_filenamev([SOURCE_ROOT, 'data', 'meeting-2016.json']);

const failures = [];
async function test(name, fn) {
    try {
        await fn();
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
function assertEqual(actual, expected, msg = '') {
    if (actual !== expected)
        throw new Error(`${msg} expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}
async function assertRejects(promise, domain, code, msg = '') {
    try {
        await promise;
    } catch (e) {
        assert(e instanceof GLib.Error, `${msg} not a GLib.Error: ${e}`);
        assert(e.matches(domain, code), `${msg} wrong error ${e.domain}/${e.code}: ${e.message}`);
        return e;
    }
    throw new Error(`${msg} no error`);
}

function bigDocument(n) {
    const actors = [];
    for (let i = 0; i < n; i++)
        actors.push(`    {"id": "a${i}", "name": "Commune n°${i}", "kind": "commune", "country": "FR"}`);
    return new TextEncoder().encode(`{\n  "format": "aict/1",\n  "actors": [\n${actors.join(',\n')}\n  ]\n}\n`);
}
function bigOptions() {
    const options = Aict.LoadOptions.new();
    options.set_max_file_size(512 * 1024 * 1024);
    options.set_max_items(10000000);
    options.set_max_values(100000000);
    return options;
}
function streamOf(bytes) {
    return Gio.MemoryInputStream.new_from_bytes(new GLib.Bytes(bytes));
}
const bytesOf = dataset => new TextDecoder().decode(dataset.to_bytes().toArray());

async function main() {
    await test('short forms: path only, stream only', () => {
        const dataset = Aict.Dataset.new_from_file(DATASET);
        assert(dataset.get_actors().get_n_items() > 0);
        assertEqual(Aict.Dataset.new_from_stream(streamOf(bigDocument(3))).get_actors().get_n_items(), 3);
    });

    await test('async load gives the synchronous dataset', async () => {
        const dataset = await Aict.Dataset.new_from_file_async(DATASET, null);
        assertEqual(bytesOf(dataset), bytesOf(Aict.Dataset.new_from_file(DATASET)));
    });

    await test('errors stay Aict errors', async () => {
        await assertRejects(Aict.Dataset.new_from_file_async('/nonexistent/x.json', null),
            Aict.error_quark(), Aict.Error.IO);
    });

    await test('already cancelled', async () => {
        const cancellable = new Gio.Cancellable();
        cancellable.cancel();
        await assertRejects(Aict.Dataset.new_from_stream_async(streamOf(bigDocument(3)), cancellable),
            Gio.io_error_quark(), Gio.IOErrorEnum.CANCELLED);
    });

    await test('cancelled while decoding', async () => {
        const data = bigDocument(300000);
        const cancellable = new Gio.Cancellable();
        const progress = [];
        await assertRejects(Aict.Dataset.new_from_stream_full_async(streamOf(data), bigOptions(),
            GLib.PRIORITY_DEFAULT, cancellable, (current, total) => {
                progress.push([current, total]);
                cancellable.cancel();
            }), Gio.io_error_quark(), Gio.IOErrorEnum.CANCELLED);
        assert(progress.length >= 1, 'no progress');
        assert(progress[0][0] < data.length, 'cancelled after the end');
        assertEqual(progress[0][1], data.length);
    });

    await test('progress grows, then save', async () => {
        const data = bigDocument(200000);
        const dir = GLib.dir_make_tmp('aict-js-XXXXXX');
        const path = GLib.build_filenamev([dir, 'big.json']);
        const copy = GLib.build_filenamev([dir, 'copy.json']);
        GLib.file_set_contents(path, data);
        const progress = [];
        const dataset = await Aict.Dataset.new_from_file_full_async(path, bigOptions(),
            GLib.PRIORITY_DEFAULT, null, (current, total) => progress.push([current, total]));
        assertEqual(dataset.get_actors().get_n_items(), 200000);
        assert(progress.length >= 2, `${progress.length} progress calls`);
        for (let i = 1; i < progress.length; i++)
            assert(progress[i][0] > progress[i - 1][0], 'progress went back');
        assertEqual(progress.at(-1)[0], data.length);
        assertEqual(await dataset.save_to_file_async(copy, null), true);
        const [, saved] = GLib.file_get_contents(copy);
        assertEqual(new TextDecoder().decode(saved), bytesOf(dataset));
        for (const p of [path, copy])
            GLib.unlink(p);
        GLib.rmdir(dir);
    });

    await test('two loads at once', async () => {
        const [big, small] = await Promise.all([
            Aict.Dataset.new_from_stream_full_async(streamOf(bigDocument(50000)), bigOptions(),
                GLib.PRIORITY_DEFAULT, null, null),
            Aict.Dataset.new_from_stream_async(streamOf(bigDocument(5)), null),
        ]);
        assertEqual(big.get_actors().get_n_items(), 50000);
        assertEqual(small.get_actors().get_n_items(), 5);
    });
}

const loop = new GLib.MainLoop(null, false);
let crashed = null;
main().catch(e => {
    crashed = e;
}).finally(() => loop.quit());
loop.run();

if (crashed !== null)
    throw crashed;
if (failures.length > 0) {
    printerr(`${failures.length} test(s) failed: ${failures.join(', ')}`);
    System.exit(1);
}
