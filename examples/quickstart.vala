/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* quickstart [FILE.json]: load a dataset, validate it, then ask it three
 * questions: who works in Senegal, whose budget changed, which follow-up
 * actions are open; then check that adding an entity whose id is taken
 * fails with Aict.Error.DUPLICATE_ID. */
int main (string[] args) {
    Intl.setlocale (LocaleCategory.ALL, "");
    string path = args.length > 1 ? args[1] : "data/meeting-2016.json";
    Aict.Dataset dataset;
    try {
        dataset = new Aict.Dataset.from_file (path);
    } catch (GLib.Error e) {
        printerr ("quickstart: %s\n", e.message);
        return 1;
    }

    var report = dataset.validate ();
    print ("%u actors, %u partnerships: %s, %u errors, %u warnings\n",
           dataset.get_actors ().get_n_items (), dataset.get_partnerships ().get_n_items (),
           report.is_valid () ? "valid" : "not valid", report.n_errors, report.n_warnings);

    try {
        var senegal = new Aict.Filter ();
        senegal.add_country ("SN");
        var partnerships = dataset.filter_partnerships (senegal);
        print ("\nIn Senegal:\n");
        for (uint i = 0; i < partnerships.get_n_items (); i++) {
            var p = (Aict.Partnership) partnerships.get_item (i);
            print ("  %s [%s] %s\n", p.id, p.get_status ().get_label ("en"), p.get_title ());
        }

        var totals = dataset.get_budget_totals (Aict.BudgetGrouping.ACTOR | Aict.BudgetGrouping.YEAR);
        print ("\nBudget changes:\n");
        for (uint i = 0; i < totals.get_n_items (); i++) {
            var total = (Aict.Total) totals.get_item (i);
            int64 basis_points;
            if (total.get_change_percent (out basis_points))
                print ("  %s: %s → %s, %s, %+.2f %%\n", total.get_key (Aict.BudgetGrouping.ACTOR),
                       total.get_previous_year (), total.get_key (Aict.BudgetGrouping.YEAR),
                       total.get_amount ().to_string (), basis_points / 100.0);
        }

        var open_actions = new Aict.Filter ();
        open_actions.add_outcome_kind (Aict.OutcomeKind.ACTION);
        open_actions.add_outcome_status (Aict.OutcomeStatus.OPEN);
        var actions = dataset.filter_outcomes (open_actions);
        print ("\nOpen actions:\n");
        for (uint i = 0; i < actions.get_n_items (); i++) {
            var o = (Aict.Outcome) actions.get_item (i);
            unowned string? owner_id = o.get_owner_id ();
            unowned Aict.Actor? owner = owner_id != null ? dataset.lookup_actor (owner_id) : null;
            print ("  %s (owner: %s)\n", o.id, owner != null ? owner.name : owner_id);
        }
    } catch (GLib.Error e) {
        printerr ("quickstart: %s\n", e.message);
        return 1;
    }

    var first = (Aict.Actor) dataset.get_actors ().get_item (0);
    try {
        dataset.add (new Aict.Actor (first.id, "Duplicate", Aict.ActorKind.OTHER));
        printerr ("quickstart: a duplicate id was accepted\n");
        return 1;
    } catch (Aict.Error.DUPLICATE_ID e) {
        /* expected: ids are unique across the dataset */
    } catch (GLib.Error e) {
        printerr ("quickstart: unexpected error: %s\n", e.message);
        return 1;
    }
    return 0;
}
