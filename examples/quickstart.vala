/* SPDX-License-Identifier: LGPL-2.1-or-later
 * quickstart [FILE.json]: load a dataset, list its partnerships, validate
 * it and print the open follow-up actions with their owner; then check that
 * adding an entity whose id is taken fails with Aict.Error.DUPLICATE_ID. */
int main (string[] args) {
    Intl.setlocale (LocaleCategory.ALL, "");
    string path = args.length > 1 ? args[1] : "data/meeting-2016.json";
    Aict.Dataset dataset;
    try {
        dataset = new Aict.Dataset.from_file (path, null);
    } catch (GLib.Error e) {
        printerr ("quickstart: %s\n", e.message);
        return 1;
    }

    unowned GLib.ListModel partnerships = dataset.get_partnerships ();
    unowned GLib.ListModel meetings = dataset.get_meetings ();
    print ("%u actors, %u partnerships, %u meetings\n\nPartnerships:\n",
           dataset.get_actors ().get_n_items (), partnerships.get_n_items (), meetings.get_n_items ());
    for (uint i = 0; i < partnerships.get_n_items (); i++) {
        var p = (Aict.Partnership) partnerships.get_item (i);
        print ("  %s [%s] %s\n", p.id, p.get_status ().get_label ("en"), string.joinv (", ", p.get_countries ()));
    }

    var report = dataset.validate ();
    print ("\nValidation: %s, %u errors, %u warnings\n\nOpen actions:\n",
           report.is_valid () ? "valid" : "not valid", report.n_errors, report.n_warnings);
    for (uint i = 0; i < meetings.get_n_items (); i++) {
        unowned GLib.ListModel outcomes = ((Aict.Meeting) meetings.get_item (i)).get_outcomes ();
        for (uint j = 0; j < outcomes.get_n_items (); j++) {
            var o = (Aict.Outcome) outcomes.get_item (j);
            if (o.get_kind () != Aict.OutcomeKind.ACTION || o.get_status () != Aict.OutcomeStatus.OPEN)
                continue;
            unowned string? owner_id = o.get_owner_id ();
            unowned Aict.Actor? owner = owner_id != null ? dataset.lookup_actor (owner_id) : null;
            print ("  %s (owner: %s)\n    %s\n", o.id, owner != null ? owner.name : (owner_id ?? "?"), o.get_text ());
        }
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
