// SPDX-License-Identifier: LGPL-2.1-or-later
// gjs -m quickstart.js [FILE.json]: load a dataset, list its partnerships,
// validate it and print the open follow-up actions with their owner.
import Aict from 'gi://Aict?version=1';
import GLib from 'gi://GLib';
import system from 'system';

const path = ARGV[0] ?? 'data/meeting-2016.json';
let dataset;
try {
    dataset = Aict.Dataset.new_from_file(path, null);
} catch (e) {
    if (!(e instanceof GLib.Error))
        throw e;
    printerr(`quickstart: ${e.message}`);
    system.exit(1);
}

const partnerships = dataset.get_partnerships();
const meetings = dataset.get_meetings();
print(`${dataset.get_actors().get_n_items()} actors, ${partnerships.get_n_items()} partnerships, ` +
      `${meetings.get_n_items()} meetings\n\nPartnerships:`);
for (const p of partnerships) {
    const status = Aict.partnership_status_get_label(p.get_status(), 'en');
    print(`  ${p.get_id()} [${status}] ${p.get_countries().join(', ')}`);
}

const report = dataset.validate();
print(`\nValidation: ${report.is_valid() ? 'valid' : 'not valid'}, ` +
      `${report.get_n_errors()} errors, ${report.get_n_warnings()} warnings\n\nOpen actions:`);
for (const meeting of meetings) {
    for (const o of meeting.get_outcomes()) {
        if (o.get_kind() !== Aict.OutcomeKind.ACTION || o.get_status() !== Aict.OutcomeStatus.OPEN)
            continue;
        const ownerId = o.get_owner_id();
        const owner = ownerId ? dataset.lookup_actor(ownerId) : null;
        const name = owner ? owner.get_name() : ownerId ?? '?';
        print(`  ${o.get_id()} (owner: ${name})\n    ${o.get_text()}`);
    }
}
