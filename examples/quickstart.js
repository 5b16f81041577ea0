// SPDX-License-Identifier: LGPL-2.1-or-later
// gjs -m quickstart.js [FILE.json]: load a dataset, validate it, then ask it
// three questions: who works in Senegal, whose budget changed, which
// follow-up actions are open.
import Aict from 'gi://Aict?version=1';
import GLib from 'gi://GLib';
import system from 'system';

const path = ARGV[0] ?? 'data/meeting-2016.json';
let dataset;
try {
    dataset = Aict.Dataset.new_from_file(path);
} catch (e) {
    if (!(e instanceof GLib.Error))
        throw e;
    printerr(`quickstart: ${e.message}`);
    system.exit(1);
}

const report = dataset.validate();
print(`${dataset.get_actors().get_n_items()} actors, ${dataset.get_partnerships().get_n_items()} ` +
      `partnerships: ${report.is_valid() ? 'valid' : 'not valid'}, ${report.get_n_errors()} errors, ` +
      `${report.get_n_warnings()} warnings`);

const senegal = Aict.Filter.new();
senegal.add_country('SN');
print('\nIn Senegal:');
for (const p of dataset.filter_partnerships(senegal)) {
    const status = Aict.partnership_status_get_label(p.get_status(), 'en');
    print(`  ${p.get_id()} [${status}] ${p.get_title()}`);
}

print('\nBudget changes:');
const byActorAndYear = Aict.BudgetGrouping.ACTOR | Aict.BudgetGrouping.YEAR;
for (const total of dataset.get_budget_totals(byActorAndYear, null)) {
    const [hasPercent, basisPoints] = total.get_change_percent();
    if (hasPercent) {
        print(`  ${total.get_key(Aict.BudgetGrouping.ACTOR)}: ` +
              `${total.get_previous_year()} → ${total.get_key(Aict.BudgetGrouping.YEAR)}, ` +
              `${total.get_amount().to_string()}, ${basisPoints >= 0 ? '+' : ''}${(basisPoints / 100).toFixed(2)} %`);
    }
}

const openActions = Aict.Filter.new();
openActions.add_outcome_kind(Aict.OutcomeKind.ACTION);
openActions.add_outcome_status(Aict.OutcomeStatus.OPEN);
print('\nOpen actions:');
for (const o of dataset.filter_outcomes(openActions)) {
    const owner = o.get_owner_id() ? dataset.lookup_actor(o.get_owner_id()) : null;
    print(`  ${o.get_id()} (owner: ${owner ? owner.get_name() : o.get_owner_id()})`);
}
