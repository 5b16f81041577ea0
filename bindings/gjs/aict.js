// SPDX-License-Identifier: LGPL-2.1-or-later
// libaict helpers for GJS: plain JSON values and iteration.
//
// GJS has no third-party overrides, so this module is imported
// explicitly (it is installed as $datadir/libaict-1/gjs/aict.js):
//
//     import Aict from 'gi://Aict?version=1';
//     import * as AictJS from 'file:///usr/share/libaict-1/gjs/aict.js';
//     AictJS.install();
//     JSON.stringify(dataset.get_budget_totals(Aict.BudgetGrouping.ACTOR, null));
//     for (const issue of dataset.validate()) print(issue.message);
//
// install() gives the result and value classes a toJSON() method, which
// JSON.stringify() calls (and Gio.ListStore one that gives an array, if it
// has none), and makes every list model of the library iterable with
// for…of.  GJS 1.74 makes Gio.ListStore iterable (the analysis results
// are list stores) but not other implementations of Gio.ListModel: the
// read-only collections of a dataset or a meeting and Aict.Report;
// install() adds the same iterator to those.  toPlain(value) is the conversion itself, for
// code that does not want prototypes changed.
//
// Conversions: an enumeration becomes its nick ("estimate"), flags an
// array of nicks, an amount {currency, min, max, is_range, approximate} in
// minor units (exact: every amount is within ±(2^53 − 1)), a partial date
// its text, an entity the JSON view the tool prints (Entity.to_json()), a
// list model an array, an analysis result an object of its properties
// with names in snake_case, an Aict.Table an object of columns.
import Aict from 'gi://Aict?version=1';
import GObject from 'gi://GObject';
import Gio from 'gi://Gio';

const ENUMS = [Aict.BudgetKind, Aict.BudgetGrouping, Aict.CountBy, Aict.OverlapKind,
    Aict.PartnershipStatus, Aict.ActorKind, Aict.TableKind, Aict.ColumnType, Aict.Severity];

// GType name → value → nick.  The nicks of libaict are its value names
// in lower case with '-' for '_' (checked by tests/js/test_ergonomics.js).
const nicks = new Map();
for (const e of ENUMS) {
    const byValue = new Map();
    for (const [name, value] of Object.entries(e)) {
        if (typeof value === 'number')
            byValue.set(value, name.toLowerCase().replace(/_/g, '-'));
    }
    nicks.set(GObject.type_name(e.$gtype), byValue);
}

function enumNick(gtype, value) {
    return nicks.get(GObject.type_name(gtype))?.get(value) ?? value;
}

function flagsNicks(gtype, value) {
    const byValue = nicks.get(GObject.type_name(gtype));
    if (byValue === undefined)
        return value;
    const out = [];
    for (const [bit, nick] of byValue) {
        if (bit !== 0 && (value & bit) === bit)
            out.push(nick);
    }
    return out;
}

function amountToPlain(amount) {
    return {
        currency: amount.get_currency(),
        min: amount.get_min(),
        max: amount.get_max(),
        is_range: amount.is_range(),
        approximate: amount.get_approximate(),
    };
}

function modelToArray(model) {
    const items = [];
    for (let i = 0; i < model.get_n_items(); i++)
        items.push(model.get_item(i));
    return items;
}

function objectToPlain(object) {
    const out = {};
    for (const pspec of GObject.Object.list_properties.call(object.constructor)) {
        const name = pspec.name.replace(/-/g, '_');
        const value = object[name];
        if (GObject.type_is_a(pspec.value_type, GObject.TYPE_FLAGS))
            out[name] = flagsNicks(pspec.value_type, value);
        else if (GObject.type_is_a(pspec.value_type, GObject.TYPE_ENUM))
            out[name] = enumNick(pspec.value_type, value);
        else
            out[name] = toPlain(value);
    }
    return out;
}

function tableToPlain(table) {
    const columns = {};
    for (let c = 0; c < table.get_n_columns(); c++) {
        const nulls = table.get_nulls(c);
        let values;
        if (table.get_column_type(c) === Aict.ColumnType.STRING) {
            values = table.get_strings(c);
        } else {
            values = Array.from(table.get_int64s(c));
            if (table.get_column_type(c) === Aict.ColumnType.BOOLEAN)
                values = values.map(v => v !== 0);
            values = values.map((v, i) => nulls[i] ? null : v);
        }
        columns[table.get_column_name(c)] = values;
    }
    return {kind: enumNick(Aict.TableKind.$gtype, table.get_kind()), columns};
}

/**
 * The plain JSON value of a libaict value (see the top of this file).
 * Other values are returned as they are.
 */
export function toPlain(value) {
    if (value === null || value === undefined)
        return null;
    if (value instanceof Aict.Amount)
        return amountToPlain(value);
    if (value instanceof Aict.PartialDate)
        return value.to_string();
    if (value instanceof Aict.Entity)
        return JSON.parse(value.to_json(Aict.EntityJsonFlags.NONE));
    if (value instanceof Aict.Table)
        return tableToPlain(value);
    if (value instanceof Gio.ListModel)
        return modelToArray(value).map(toPlain);
    if (value instanceof GObject.Object)
        return objectToPlain(value);
    if (Array.isArray(value))
        return value.map(toPlain);
    return value;
}

function* iterateModel() {
    for (let i = 0; i < this.get_n_items(); i++)
        yield this.get_item(i);
}

let installed = false;

/**
 * Adds toJSON() to the result and value classes of libaict and a
 * [Symbol.iterator] to its list models that lack one.  Idempotent.
 */
export function install() {
    if (installed)
        return;
    installed = true;
    for (const klass of [Aict.Total, Aict.Count, Aict.Overlap, Aict.PoolingCandidate,
        Aict.ActorProfile, Aict.Amount, Aict.PartialDate, Aict.Entity, Aict.Table,
        Aict.Issue, Aict.Report]) {
        Object.defineProperty(klass.prototype, 'toJSON', {
            value() {
                return toPlain(this);
            },
            writable: true,
            configurable: true,
        });
    }
    // The collections and results are Gio.ListStore: an array in JSON.
    // Only if nothing else gave list stores a toJSON() already.
    if (typeof Gio.ListStore.prototype.toJSON !== 'function') {
        Object.defineProperty(Gio.ListStore.prototype, 'toJSON', {
            value() {
                return modelToArray(this).map(toPlain);
            },
            writable: true,
            configurable: true,
        });
    }
    // The list models of libaict that are not a Gio.ListStore: reports,
    // and the read-only views of a dataset's and a meeting's collections
    // (a private type, reached through an instance).
    const view = Object.getPrototypeOf(Aict.Dataset.new().get_actors());
    for (const proto of [Aict.Report.prototype, view]) {
        if (typeof proto[Symbol.iterator] !== 'function') {
            Object.defineProperty(proto, Symbol.iterator, {
                value: iterateModel,
                writable: true,
                configurable: true,
            });
        }
        if (typeof proto.toJSON !== 'function') {
            Object.defineProperty(proto, 'toJSON', {
                value() {
                    return modelToArray(this).map(toPlain);
                },
                writable: true,
                configurable: true,
            });
        }
    }
}
