/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "aict-query-private.h"
#include "aict-enum-types.h"
#include "aict-i18n-private.h"
#include "aict-model-private.h"
#include "aict-table.h"

/**
 * AictTable:
 *
 * A column-oriented export of one kind of object of a dataset: typed
 * columns of equal length, one row per object, for bulk consumers such as
 * pandas, spreadsheets and SQL loaders.
 *
 * A table is made by [method@Aict.Dataset.to_table] in one pass in C and
 * owns its values: it does not change when the dataset does, and it can
 * be read from any thread.  Every column has a name (the `aict/1` member
 * it comes from where there is one), a [enum@Aict.ColumnType] and, for
 * each row, either a value or null.  The accessors by cell
 * ([method@Aict.Table.get_string], [method@Aict.Table.get_int64] …) suit
 * C; bindings read a whole column at once with
 * [method@Aict.Table.get_strings], [method@Aict.Table.get_int64s] and
 * [method@Aict.Table.get_nulls], one call per column instead of one per
 * value.
 *
 * Enumerations are their nicks (`"active"`), partial dates their text
 * (`"2016-03"`), lists of codes are joined with `;` (codes and ids never
 * hold one), amounts are exact integers in minor units with their
 * currency in a column of their own: nothing is converted to a float.
 *
 * The columns of %AICT_TABLE_KIND_BUDGETS include `owner` and `year`,
 * computed by the very code [method@Aict.Dataset.get_budget_totals] uses
 * for %AICT_BUDGET_GROUPING_ACTOR and %AICT_BUDGET_GROUPING_YEAR: grouping
 * the rows by (`owner`, `year`, `kind`, `currency`), nulls included, and
 * summing `amount_min` and `amount_max` gives exactly the totals' bounds.
 * The columns of each kind are listed in doc/python.md.
 *
 * Since: 0.2
 */

typedef struct
{
  const char *name;         /* static */
  AictColumnType type;
  GPtrArray *strings;       /* STRING: const char *, in the table's chunk */
  GArray *values;           /* INT64, BOOLEAN: gint64 */
  GByteArray *nulls;        /* 1 for a null cell */
} Column;

struct _AictTable
{
  GObject parent_instance;

  AictTableKind kind;
  guint n_rows;
  GArray *columns;          /* Column */
  GStringChunk *chunk;
};

G_DEFINE_FINAL_TYPE (AictTable, aict_table, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_KIND,
  PROP_N_ROWS,
  PROP_N_COLUMNS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
column_clear (gpointer data)
{
  Column *column = data;

  g_clear_pointer (&column->strings, g_ptr_array_unref);
  g_clear_pointer (&column->values, g_array_unref);
  g_clear_pointer (&column->nulls, g_byte_array_unref);
}

static void
aict_table_finalize (GObject *object)
{
  AictTable *self = AICT_TABLE (object);

  g_array_unref (self->columns);
  g_string_chunk_free (self->chunk);

  G_OBJECT_CLASS (aict_table_parent_class)->finalize (object);
}

static void
aict_table_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  AictTable *self = AICT_TABLE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_N_ROWS:
      g_value_set_uint (value, self->n_rows);
      break;

    case PROP_N_COLUMNS:
      g_value_set_uint (value, self->columns->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_table_class_init (AictTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = aict_table_finalize;
  object_class->get_property = aict_table_get_property;

  /**
   * AictTable:kind: (getter get_kind)
   *
   * What the rows are.
   *
   * Since: 0.2
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       AICT_TYPE_TABLE_KIND, AICT_TABLE_KIND_PARTNERSHIPS,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictTable:n-rows: (getter get_n_rows)
   *
   * The number of rows.
   *
   * Since: 0.2
   */
  properties[PROP_N_ROWS] =
    g_param_spec_uint ("n-rows", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AictTable:n-columns: (getter get_n_columns)
   *
   * The number of columns.
   *
   * Since: 0.2
   */
  properties[PROP_N_COLUMNS] =
    g_param_spec_uint ("n-columns", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
aict_table_init (AictTable *self)
{
  self->columns = g_array_new (FALSE, TRUE, sizeof (Column));
  g_array_set_clear_func (self->columns, column_clear);
  self->chunk = g_string_chunk_new (4096);
}

/* -- building ------------------------------------------------------------- */

static void
add_column (AictTable      *self,
            const char     *name,
            AictColumnType  type,
            guint           n_rows)
{
  Column column = { name, type, NULL, NULL, NULL };

  if (type == AICT_COLUMN_TYPE_STRING)
    column.strings = g_ptr_array_sized_new (n_rows);
  else
    column.values = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_rows);
  column.nulls = g_byte_array_sized_new (n_rows);
  g_array_append_val (self->columns, column);
}

static inline Column *
column_at (AictTable *self,
           guint      i)
{
  return &g_array_index (self->columns, Column, i);
}

/* @intern: for the few distinct values of enumerations and codes. */
static void
put_string (AictTable  *self,
            guint       i,
            const char *value,
            gboolean    intern)
{
  Column *column = column_at (self, i);
  guint8 null = value == NULL;

  if (value != NULL)
    value = intern ? g_string_chunk_insert_const (self->chunk, value)
                   : g_string_chunk_insert (self->chunk, value);
  g_ptr_array_add (column->strings, (gpointer) value);
  g_byte_array_append (column->nulls, &null, 1);
}

static void
put_strv (AictTable          *self,
          guint               i,
          const char * const *strv)
{
  g_autofree char *joined = NULL;

  if (strv != NULL && strv[0] != NULL)
    joined = g_strjoinv (";", (char **) strv);
  put_string (self, i, joined, FALSE);
}

static void
put_date (AictTable             *self,
          guint                  i,
          const AictPartialDate *date)
{
  g_autofree char *text = date != NULL ? aict_partial_date_to_string (date) : NULL;

  put_string (self, i, text, TRUE);
}

static void
put_nick (AictTable *self,
          guint      i,
          GType      type,
          int        value)
{
  put_string (self, i, _aict_enum_nick (type, value), TRUE);
}

static void
put_int (AictTable *self,
         guint      i,
         gint64     value,
         gboolean   is_null)
{
  Column *column = column_at (self, i);
  guint8 null = !!is_null;

  if (is_null)
    value = 0;
  g_array_append_val (column->values, value);
  g_byte_array_append (column->nulls, &null, 1);
}

enum { P_ID, P_TITLE, P_STATUS, P_START, P_END, P_COUNTRIES, P_SUBDIVISIONS, P_THEMES,
       P_LEAD, P_N_PARTICIPANTS, P_N_COMPONENTS };

static void
fill_partnerships (AictTable *self,
                   GPtrArray *items,
                   GArray    *positions)
{
  guint n = positions->len;

  add_column (self, "id", AICT_COLUMN_TYPE_STRING, n);
  add_column (self, "title", AICT_COLUMN_TYPE_STRING, n);
  add_column (self, "status", AICT_COLUMN_TYPE_STRING, n);
  add_column (self, "start", AICT_COLUMN_TYPE_STRING, n);
  add_column (self, "end", AICT_COLUMN_TYPE_STRING, n);
  add_column (self, "countries", AICT_COLUMN_TYPE_STRING, n);
  add_column (self, "subdivisions", AICT_COLUMN_TYPE_STRING, n);
  add_column (self, "themes", AICT_COLUMN_TYPE_STRING, n);
  add_column (self, "lead", AICT_COLUMN_TYPE_STRING, n);
  add_column (self, "n_participants", AICT_COLUMN_TYPE_INT64, n);
  add_column (self, "n_components", AICT_COLUMN_TYPE_INT64, n);

  for (guint r = 0; r < n; r++)
    {
      AictPartnership *p = g_ptr_array_index (items, g_array_index (positions, guint, r));
      GPtrArray *participants = _aict_partnership_peek_participants (p);
      GPtrArray *components = _aict_partnership_peek_components (p);
      const char *lead = NULL;

      for (guint i = 0; participants != NULL && i < participants->len && lead == NULL; i++)
        {
          AictParticipant *participant = g_ptr_array_index (participants, i);

          if (aict_participant_get_role (participant) == AICT_PARTICIPANT_ROLE_LEAD)
            lead = aict_participant_get_actor_id (participant);
        }

      put_string (self, P_ID, aict_entity_get_id (AICT_ENTITY (p)), FALSE);
      put_string (self, P_TITLE, aict_partnership_get_title (p), FALSE);
      put_nick (self, P_STATUS, AICT_TYPE_PARTNERSHIP_STATUS, aict_partnership_get_status (p));
      put_date (self, P_START, aict_partnership_get_start (p));
      put_date (self, P_END, aict_partnership_get_end (p));
      put_strv (self, P_COUNTRIES, aict_partnership_get_countries (p));
      put_strv (self, P_SUBDIVISIONS, aict_partnership_get_subdivisions (p));
      put_strv (self, P_THEMES, aict_partnership_get_themes (p));
      put_string (self, P_LEAD, lead, TRUE);
      put_int (self, P_N_PARTICIPANTS, participants != NULL ? participants->len : 0, FALSE);
      put_int (self, P_N_COMPONENTS, components != NULL ? components->len : 0, FALSE);
    }
}

enum { B_ID, B_KIND, B_LABEL, B_ACTOR, B_PARTNERSHIP, B_OWNER, B_YEAR, B_START, B_END,
       B_CURRENCY, B_AMOUNT_MIN, B_AMOUNT_MAX, B_AMOUNT_IS_RANGE, B_AMOUNT_APPROXIMATE,
       B_STAFF_FTE, B_N_FUNDERS };

static void
fill_budgets (AictTable   *self,
              AictDataset *dataset,
              GPtrArray   *items,
              GArray      *positions)
{
  g_autoptr(GHashTable) years = _aict_budget_year_keys_new ();
  guint n = positions->len;

  add_column (self, "id", AICT_COLUMN_TYPE_STRING, n);
  add_column (self, "kind", AICT_COLUMN_TYPE_STRING, n);
  add_column (self, "label", AICT_COLUMN_TYPE_STRING, n);
  add_column (self, "actor", AICT_COLUMN_TYPE_STRING, n);
  add_column (self, "partnership", AICT_COLUMN_TYPE_STRING, n);
  add_column (self, "owner", AICT_COLUMN_TYPE_STRING, n);
  add_column (self, "year", AICT_COLUMN_TYPE_STRING, n);
  add_column (self, "start", AICT_COLUMN_TYPE_STRING, n);
  add_column (self, "end", AICT_COLUMN_TYPE_STRING, n);
  add_column (self, "currency", AICT_COLUMN_TYPE_STRING, n);
  add_column (self, "amount_min", AICT_COLUMN_TYPE_INT64, n);
  add_column (self, "amount_max", AICT_COLUMN_TYPE_INT64, n);
  add_column (self, "amount_is_range", AICT_COLUMN_TYPE_BOOLEAN, n);
  add_column (self, "amount_approximate", AICT_COLUMN_TYPE_BOOLEAN, n);
  add_column (self, "staff_fte", AICT_COLUMN_TYPE_INT64, n);
  add_column (self, "n_funders", AICT_COLUMN_TYPE_INT64, n);

  for (guint r = 0; r < n; r++)
    {
      AictBudget *b = g_ptr_array_index (items, g_array_index (positions, guint, r));
      const AictAmount *amount = aict_budget_get_amount (b);
      GPtrArray *funders = _aict_budget_peek_funders (b);
      int staff = aict_budget_get_staff_fte (b);

      put_string (self, B_ID, aict_entity_get_id (AICT_ENTITY (b)), FALSE);
      put_nick (self, B_KIND, AICT_TYPE_BUDGET_KIND, aict_budget_get_kind (b));
      put_string (self, B_LABEL, aict_budget_get_label (b), FALSE);
      put_string (self, B_ACTOR, aict_budget_get_actor_id (b), TRUE);
      put_string (self, B_PARTNERSHIP, aict_budget_get_partnership_id (b), FALSE);
      put_string (self, B_OWNER, _aict_budget_resolve_actor (dataset, b, FALSE, NULL), TRUE);
      put_string (self, B_YEAR, _aict_budget_year_key (years, b), TRUE);
      put_date (self, B_START, aict_budget_get_start (b));
      put_date (self, B_END, aict_budget_get_end (b));
      put_string (self, B_CURRENCY, amount != NULL ? aict_amount_get_currency (amount) : NULL, TRUE);
      put_int (self, B_AMOUNT_MIN, amount != NULL ? aict_amount_get_min (amount) : 0, amount == NULL);
      put_int (self, B_AMOUNT_MAX, amount != NULL ? aict_amount_get_max (amount) : 0, amount == NULL);
      put_int (self, B_AMOUNT_IS_RANGE, amount != NULL && aict_amount_is_range (amount), amount == NULL);
      put_int (self, B_AMOUNT_APPROXIMATE, amount != NULL && aict_amount_get_approximate (amount),
               amount == NULL);
      put_int (self, B_STAFF_FTE, staff, staff < 0);
      put_int (self, B_N_FUNDERS, funders != NULL ? funders->len : 0, FALSE);
    }
}

enum { A_ID, A_NAME, A_SHORT_NAME, A_KIND, A_COUNTRY, A_SUBDIVISION, A_PARENT };

static void
fill_actors (AictTable *self,
             GPtrArray *items,
             GArray    *positions)
{
  guint n = positions->len;

  add_column (self, "id", AICT_COLUMN_TYPE_STRING, n);
  add_column (self, "name", AICT_COLUMN_TYPE_STRING, n);
  add_column (self, "short_name", AICT_COLUMN_TYPE_STRING, n);
  add_column (self, "kind", AICT_COLUMN_TYPE_STRING, n);
  add_column (self, "country", AICT_COLUMN_TYPE_STRING, n);
  add_column (self, "subdivision", AICT_COLUMN_TYPE_STRING, n);
  add_column (self, "parent", AICT_COLUMN_TYPE_STRING, n);

  for (guint r = 0; r < n; r++)
    {
      AictActor *a = g_ptr_array_index (items, g_array_index (positions, guint, r));

      put_string (self, A_ID, aict_entity_get_id (AICT_ENTITY (a)), FALSE);
      put_string (self, A_NAME, aict_actor_get_name (a), FALSE);
      put_string (self, A_SHORT_NAME, aict_actor_get_short_name (a), FALSE);
      put_nick (self, A_KIND, AICT_TYPE_ACTOR_KIND, aict_actor_get_kind (a));
      put_string (self, A_COUNTRY, aict_actor_get_country (a), TRUE);
      put_string (self, A_SUBDIVISION, aict_actor_get_subdivision (a), TRUE);
      put_string (self, A_PARENT, aict_actor_get_parent_id (a), TRUE);
    }
}

/**
 * aict_dataset_to_table:
 * @self: an [class@Aict.Dataset]
 * @kind: what the rows are
 * @filter: (nullable): which objects, as for the filter functions
 *   ([method@Aict.Dataset.filter_partnerships] …); %NULL for all
 * @error: return location for a [struct@GLib.Error], or %NULL
 *
 * Exports the objects of one kind as an [class@Aict.Table], in dataset
 * order, in one pass.
 *
 * The table holds copies of the values: it stays as it is when @self
 * changes.  Fails, as the filter functions do, when @filter does not
 * apply to @kind.
 *
 * Returns: (transfer full): a new [class@Aict.Table], or %NULL with
 *   @error set
 *
 * Since: 0.2
 */
AictTable *
aict_dataset_to_table (AictDataset    *self,
                       AictTableKind   kind,
                       AictFilter     *filter,
                       GError        **error)
{
  static const AictTarget targets[] = {
    [AICT_TABLE_KIND_PARTNERSHIPS] = AICT_TARGET_PARTNERSHIPS,
    [AICT_TABLE_KIND_BUDGETS] = AICT_TARGET_BUDGETS,
    [AICT_TABLE_KIND_ACTORS] = AICT_TARGET_ACTORS,
  };
  g_autoptr(GArray) positions = NULL;
  AictQueryIndex *index;
  GPtrArray *items;
  AictTable *table;

  g_return_val_if_fail (AICT_IS_DATASET (self), NULL);
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (targets), NULL);
  g_return_val_if_fail (filter == NULL || AICT_IS_FILTER (filter), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  positions = _aict_query_run (self, targets[kind], filter, error);
  if (positions == NULL)
    return NULL;

  index = _aict_dataset_get_query_index (self);
  items = index->targets[targets[kind]].items;

  table = g_object_new (AICT_TYPE_TABLE, NULL);
  table->kind = kind;
  table->n_rows = positions->len;

  switch (kind)
    {
    case AICT_TABLE_KIND_PARTNERSHIPS:
      fill_partnerships (table, items, positions);
      break;

    case AICT_TABLE_KIND_BUDGETS:
      fill_budgets (table, self, items, positions);
      break;

    case AICT_TABLE_KIND_ACTORS:
      fill_actors (table, items, positions);
      break;

    default:
      g_assert_not_reached ();
    }

  return table;
}

/* -- reading -------------------------------------------------------------- */

/**
 * aict_table_get_kind: (get-property kind)
 * @self: an [class@Aict.Table]
 *
 * Gets what the rows of @self are.
 *
 * Returns: the kind of rows
 *
 * Since: 0.2
 */
AictTableKind
aict_table_get_kind (AictTable *self)
{
  g_return_val_if_fail (AICT_IS_TABLE (self), AICT_TABLE_KIND_PARTNERSHIPS);

  return self->kind;
}

/**
 * aict_table_get_n_rows: (get-property n-rows)
 * @self: an [class@Aict.Table]
 *
 * Gets the number of rows of @self.
 *
 * Returns: the number of rows
 *
 * Since: 0.2
 */
guint
aict_table_get_n_rows (AictTable *self)
{
  g_return_val_if_fail (AICT_IS_TABLE (self), 0);

  return self->n_rows;
}

/**
 * aict_table_get_n_columns: (get-property n-columns)
 * @self: an [class@Aict.Table]
 *
 * Gets the number of columns of @self.
 *
 * Returns: the number of columns
 *
 * Since: 0.2
 */
guint
aict_table_get_n_columns (AictTable *self)
{
  g_return_val_if_fail (AICT_IS_TABLE (self), 0);

  return self->columns->len;
}

/**
 * aict_table_get_column_name:
 * @self: an [class@Aict.Table]
 * @column: a column index, less than [method@Aict.Table.get_n_columns]
 *
 * Gets the name of a column, such as `"amount_min"`.
 *
 * Returns: (transfer none): the name
 *
 * Since: 0.2
 */
const char *
aict_table_get_column_name (AictTable *self,
                            guint      column)
{
  g_return_val_if_fail (AICT_IS_TABLE (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);

  return column_at (self, column)->name;
}

/**
 * aict_table_get_column_type:
 * @self: an [class@Aict.Table]
 * @column: a column index, less than [method@Aict.Table.get_n_columns]
 *
 * Gets the type of the values of a column.
 *
 * Returns: the type
 *
 * Since: 0.2
 */
AictColumnType
aict_table_get_column_type (AictTable *self,
                            guint      column)
{
  g_return_val_if_fail (AICT_IS_TABLE (self), AICT_COLUMN_TYPE_STRING);
  g_return_val_if_fail (column < self->columns->len, AICT_COLUMN_TYPE_STRING);

  return column_at (self, column)->type;
}

/**
 * aict_table_lookup_column:
 * @self: an [class@Aict.Table]
 * @name: a column name
 *
 * Finds a column by name.
 *
 * Returns: the index of the column, or -1 if @self has none of that name
 *
 * Since: 0.2
 */
int
aict_table_lookup_column (AictTable  *self,
                          const char *name)
{
  g_return_val_if_fail (AICT_IS_TABLE (self), -1);
  g_return_val_if_fail (name != NULL, -1);

  for (guint i = 0; i < self->columns->len; i++)
    if (strcmp (column_at (self, i)->name, name) == 0)
      return (int) i;

  return -1;
}

#define CHECK_CELL(self, column, row, val)                          \
  G_STMT_START {                                                    \
    g_return_val_if_fail (AICT_IS_TABLE (self), val);               \
    g_return_val_if_fail ((column) < (self)->columns->len, val);    \
    g_return_val_if_fail ((row) < (self)->n_rows, val);             \
  } G_STMT_END

/**
 * aict_table_is_null:
 * @self: an [class@Aict.Table]
 * @column: a column index
 * @row: a row index, less than [method@Aict.Table.get_n_rows]
 *
 * Tells whether a cell is null: the object has no value there (an absent
 * optional member, a budget line without amount).
 *
 * Returns: %TRUE for a null cell
 *
 * Since: 0.2
 */
gboolean
aict_table_is_null (AictTable *self,
                    guint      column,
                    guint      row)
{
  CHECK_CELL (self, column, row, TRUE);

  return column_at (self, column)->nulls->data[row] != 0;
}

/**
 * aict_table_get_string:
 * @self: an [class@Aict.Table]
 * @column: the index of a column of type %AICT_COLUMN_TYPE_STRING
 * @row: a row index
 *
 * Gets a string cell.
 *
 * Returns: (transfer none) (nullable): the value, or %NULL for a null cell
 *
 * Since: 0.2
 */
const char *
aict_table_get_string (AictTable *self,
                       guint      column,
                       guint      row)
{
  CHECK_CELL (self, column, row, NULL);
  g_return_val_if_fail (column_at (self, column)->type == AICT_COLUMN_TYPE_STRING, NULL);

  return g_ptr_array_index (column_at (self, column)->strings, row);
}

/**
 * aict_table_get_int64:
 * @self: an [class@Aict.Table]
 * @column: the index of a column of type %AICT_COLUMN_TYPE_INT64 or
 *   %AICT_COLUMN_TYPE_BOOLEAN
 * @row: a row index
 *
 * Gets an integer cell (a boolean is 0 or 1).
 *
 * Returns: the value, or 0 for a null cell (see [method@Aict.Table.is_null])
 *
 * Since: 0.2
 */
gint64
aict_table_get_int64 (AictTable *self,
                      guint      column,
                      guint      row)
{
  CHECK_CELL (self, column, row, 0);
  g_return_val_if_fail (column_at (self, column)->type != AICT_COLUMN_TYPE_STRING, 0);

  return g_array_index (column_at (self, column)->values, gint64, row);
}

/**
 * aict_table_get_boolean:
 * @self: an [class@Aict.Table]
 * @column: the index of a column of type %AICT_COLUMN_TYPE_BOOLEAN
 * @row: a row index
 *
 * Gets a boolean cell.
 *
 * Returns: the value, or %FALSE for a null cell
 *
 * Since: 0.2
 */
gboolean
aict_table_get_boolean (AictTable *self,
                        guint      column,
                        guint      row)
{
  CHECK_CELL (self, column, row, FALSE);
  g_return_val_if_fail (column_at (self, column)->type == AICT_COLUMN_TYPE_BOOLEAN, FALSE);

  return g_array_index (column_at (self, column)->values, gint64, row) != 0;
}

/**
 * aict_table_get_strings:
 * @self: an [class@Aict.Table]
 * @column: the index of a column of type %AICT_COLUMN_TYPE_STRING
 * @n_rows: (out): return location for the number of rows
 *
 * Gets a whole string column, one value per row, %NULL for a null cell.
 *
 * Returns: (array length=n_rows) (transfer none) (nullable): the values,
 *   owned by @self
 *
 * Since: 0.2
 */
const char * const *
aict_table_get_strings (AictTable *self,
                        guint      column,
                        guint     *n_rows)
{
  g_return_val_if_fail (n_rows != NULL, NULL);
  *n_rows = 0;
  g_return_val_if_fail (AICT_IS_TABLE (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);
  g_return_val_if_fail (column_at (self, column)->type == AICT_COLUMN_TYPE_STRING, NULL);

  *n_rows = self->n_rows;
  return (const char * const *) column_at (self, column)->strings->pdata;
}

/**
 * aict_table_get_int64s:
 * @self: an [class@Aict.Table]
 * @column: the index of a column of type %AICT_COLUMN_TYPE_INT64 or
 *   %AICT_COLUMN_TYPE_BOOLEAN
 * @n_rows: (out): return location for the number of rows
 *
 * Gets a whole integer column (booleans as 0 and 1), 0 for a null cell:
 * see [method@Aict.Table.get_nulls].
 *
 * Returns: (array length=n_rows) (transfer none) (nullable): the values,
 *   owned by @self
 *
 * Since: 0.2
 */
const gint64 *
aict_table_get_int64s (AictTable *self,
                       guint      column,
                       guint     *n_rows)
{
  g_return_val_if_fail (n_rows != NULL, NULL);
  *n_rows = 0;
  g_return_val_if_fail (AICT_IS_TABLE (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);
  g_return_val_if_fail (column_at (self, column)->type != AICT_COLUMN_TYPE_STRING, NULL);

  *n_rows = self->n_rows;
  return (const gint64 *) (gpointer) column_at (self, column)->values->data;
}

/**
 * aict_table_get_nulls:
 * @self: an [class@Aict.Table]
 * @column: a column index
 * @n_rows: (out): return location for the number of rows
 *
 * Gets which cells of a column are null: one byte per row, 1 for a null
 * cell, 0 for a value.
 *
 * Returns: (array length=n_rows) (transfer none) (nullable): the flags,
 *   owned by @self
 *
 * Since: 0.2
 */
const guint8 *
aict_table_get_nulls (AictTable *self,
                      guint      column,
                      guint     *n_rows)
{
  g_return_val_if_fail (n_rows != NULL, NULL);
  *n_rows = 0;
  g_return_val_if_fail (AICT_IS_TABLE (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);

  *n_rows = self->n_rows;
  return column_at (self, column)->nulls->data;
}

/**
 * aict_table_get_string_data:
 * @self: an [class@Aict.Table]
 * @column: the index of a column of type %AICT_COLUMN_TYPE_STRING
 *
 * Gets a whole string column as one block of UTF-8: each value followed
 * by a NUL byte, an empty string for a null cell (tell them apart with
 * [method@Aict.Table.get_nulls]).  Values never hold a NUL (the `aict/1`
 * format and C strings cannot), so splitting at NUL gives the values back.
 *
 * This is the fast path for bindings: one buffer per column instead of
 * one string per cell (Python: `data.get_data().decode().split("\0")`).
 *
 * Returns: (transfer full): the values, NUL-terminated one after another
 *
 * Since: 0.2
 */
GBytes *
aict_table_get_string_data (AictTable *self,
                            guint      column)
{
  GPtrArray *strings;
  GByteArray *data;
  gsize size = 0;

  g_return_val_if_fail (AICT_IS_TABLE (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);
  g_return_val_if_fail (column_at (self, column)->type == AICT_COLUMN_TYPE_STRING, NULL);

  strings = column_at (self, column)->strings;
  for (guint r = 0; r < strings->len; r++)
    {
      const char *value = g_ptr_array_index (strings, r);

      size += (value != NULL ? strlen (value) : 0) + 1;
    }

  data = g_byte_array_sized_new (size);
  for (guint r = 0; r < strings->len; r++)
    {
      const char *value = g_ptr_array_index (strings, r);

      if (value != NULL)
        g_byte_array_append (data, (const guint8 *) value, strlen (value));
      g_byte_array_append (data, (const guint8 *) "", 1);
    }

  return g_byte_array_free_to_bytes (data);
}
