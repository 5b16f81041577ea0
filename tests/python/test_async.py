# SPDX-License-Identifier: LGPL-2.1-or-later
"""Asynchronous loads and saves from Python, driven by a GLib.MainLoop."""
import os
import sys

try:
    import gi
    gi.require_version('Aict', '1')
    from gi.repository import Aict, Gio, GLib
except (ImportError, ValueError) as e:
    # meson registers this test only when the typelib is built: not
    # finding it is a broken build or environment, never a skip.
    print(f'FAIL: cannot load the Aict 1 typelib through PyGObject: {e}\n'
          f'(GI_TYPELIB_PATH={os.environ.get("GI_TYPELIB_PATH")!r})', file=sys.stderr)
    sys.exit(1)

import tempfile
import unittest

SOURCE_ROOT = os.environ.get(
    'AICT_SOURCE_ROOT',
    os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
DATASET = os.path.join(SOURCE_ROOT, 'data', 'meeting-2016.json')


def big_document(n):
    actors = ',\n'.join(
        f'    {{"id": "a{i}", "name": "Commune n°{i}", "kind": "commune", "country": "FR"}}'
        for i in range(n))
    return ('{\n  "format": "aict/1",\n  "actors": [\n' + actors + '\n  ]\n}\n').encode('utf-8')


def big_options():
    options = Aict.LoadOptions.new()
    options.set_max_file_size(512 * 1024 * 1024)
    options.set_max_items(10000000)
    options.set_max_values(100000000)
    return options


class AsyncTestCase(unittest.TestCase):
    def setUp(self):
        self.loop = GLib.MainLoop()
        self.result = None
        # A hang is a failure, not a stuck test run.
        self.guard = GLib.timeout_add_seconds(60, self.on_timeout)

    def tearDown(self):
        GLib.source_remove(self.guard)

    def on_timeout(self):
        self.loop.quit()
        self.fail('the operation never finished')

    def run_until_done(self):
        self.loop.run()
        return self.result

    def finish_with(self, finish):
        def callback(source, result, *user_data):
            try:
                self.result = ('ok', finish(source, result))
            except GLib.Error as e:
                self.result = ('error', e)
            self.loop.quit()
        return callback

    def load_file_callback(self):
        return self.finish_with(lambda source, result: Aict.Dataset.new_from_file_finish(result))

    def load_stream_callback(self):
        return self.finish_with(lambda source, result: Aict.Dataset.new_from_stream_finish(result))

    def test_load_file(self):
        expected = Aict.Dataset.new_from_file(DATASET).to_bytes().get_data()
        Aict.Dataset.new_from_file_async(DATASET, None, self.load_file_callback())
        kind, dataset = self.run_until_done()
        self.assertEqual(kind, 'ok')
        self.assertEqual(dataset.to_bytes().get_data(), expected)

    def test_load_errors_are_aict_errors(self):
        Aict.Dataset.new_from_file_async('/nonexistent/x.json', None, self.load_file_callback())
        kind, error = self.run_until_done()
        self.assertEqual(kind, 'error')
        self.assertTrue(error.matches(Aict.error_quark(), Aict.Error.IO))

    def test_already_cancelled(self):
        cancellable = Gio.Cancellable()
        cancellable.cancel()
        stream = Gio.MemoryInputStream.new_from_bytes(GLib.Bytes.new(big_document(3)))
        Aict.Dataset.new_from_stream_async(stream, cancellable, self.load_stream_callback())
        kind, error = self.run_until_done()
        self.assertEqual(kind, 'error')
        self.assertTrue(error.matches(Gio.io_error_quark(), Gio.IOErrorEnum.CANCELLED))
        # The synchronous load says the same.
        stream = Gio.MemoryInputStream.new_from_bytes(GLib.Bytes.new(big_document(3)))
        with self.assertRaises(GLib.Error) as raised:
            Aict.Dataset.new_from_stream_full(stream, None, cancellable)
        self.assertTrue(raised.exception.matches(Gio.io_error_quark(), Gio.IOErrorEnum.CANCELLED))

    def test_short_stream_form(self):
        stream = Gio.MemoryInputStream.new_from_bytes(GLib.Bytes.new(big_document(3)))
        dataset = Aict.Dataset.new_from_stream(stream)
        self.assertEqual(dataset.get_actors().get_n_items(), 3)

    def test_cancel_mid_load_and_progress(self):
        data = big_document(300000)
        cancellable = Gio.Cancellable()
        progress = []

        def on_progress(current, total, *user_data):
            progress.append((current, total))
            cancellable.cancel()

        stream = Gio.MemoryInputStream.new_from_bytes(GLib.Bytes.new(data))
        Aict.Dataset.new_from_stream_full_async(
            stream, big_options(), GLib.PRIORITY_DEFAULT, cancellable,
            progress_callback=on_progress, callback=self.load_stream_callback())
        kind, error = self.run_until_done()
        self.assertEqual(kind, 'error')
        self.assertTrue(error.matches(Gio.io_error_quark(), Gio.IOErrorEnum.CANCELLED))
        self.assertGreaterEqual(len(progress), 1)
        self.assertLess(progress[0][0], len(data))
        self.assertEqual(progress[0][1], len(data))

    def test_progress_grows_and_save(self):
        data = big_document(200000)
        progress = []
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, 'big.json')
            with open(path, 'wb') as f:
                f.write(data)
            Aict.Dataset.new_from_file_full_async(
                path, big_options(), GLib.PRIORITY_DEFAULT, None,
                progress_callback=lambda current, total, *a: progress.append((current, total)),
                callback=self.load_file_callback())
            kind, dataset = self.run_until_done()
            self.assertEqual(kind, 'ok', dataset)
            self.assertEqual(dataset.get_actors().get_n_items(), 200000)
            self.assertGreaterEqual(len(progress), 2)
            currents = [c for c, t in progress]
            self.assertEqual(currents, sorted(set(currents)))
            self.assertEqual(progress[-1], (len(data), len(data)))

            copy = os.path.join(tmp, 'copy.json')
            dataset.save_to_file_async(copy, None, self.finish_with(
                lambda source, result: source.save_to_file_finish(result)))
            kind, saved = self.run_until_done()
            self.assertEqual((kind, saved), ('ok', True))
            with open(copy, 'rb') as f:
                self.assertEqual(f.read(), dataset.to_bytes().get_data())

    def test_two_loads_at_once(self):
        results = {}

        def callback(name):
            def done(source, result, *user_data):
                results[name] = Aict.Dataset.new_from_stream_finish(result)
                if len(results) == 2:
                    self.loop.quit()
            return done

        for name, n in (('big', 50000), ('small', 5)):
            stream = Gio.MemoryInputStream.new_from_bytes(GLib.Bytes.new(big_document(n)))
            Aict.Dataset.new_from_stream_full_async(
                stream, big_options(), GLib.PRIORITY_DEFAULT, None, callback=callback(name))
        self.loop.run()
        self.assertEqual(results['big'].get_actors().get_n_items(), 50000)
        self.assertEqual(results['small'].get_actors().get_n_items(), 5)


if __name__ == '__main__':
    unittest.main(verbosity=2)
