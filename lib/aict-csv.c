/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <errno.h>
#include <string.h>

#include "aict-csv.h"
#include "aict-csv-private.h"
#include "aict-error.h"
#include "aict-i18n-private.h"
#include "aict-json-reader-private.h"
#include "aict-json-writer-private.h"

#if HAVE_XLSXWRITER
# include <xlsxwriter.h>
#endif

/**
 * AictImportResult:
 *
 * What [func@Aict.Dataset.import_csv] did: for each object of the
 * dataset that the CSV files named, whether it was added, updated or left
 * unchanged, in the order of the files and rows.
 *
 * Since: 0.2
 */

/* -- the tables ------------------------------------------------------------
 *
 * Every table is a view of the aict/1 JSON that the dataset writes: a row
 * is an object of a collection, a column one of its members (or a member
 * of a member: `amount_min`, `place_locality`).  Lists of codes and ids are
 * joined with ";" (they never hold one).  Numbers are the lexemes of the
 * JSON, exact decimals, never floats.  Exporting works on that JSON and
 * importing writes that JSON and hands it to the loader, so both go
 * through the code and the checks of aict/1 itself.
 */

typedef enum
{
  C_TEXT,
  C_NUMBER,
  C_BOOL,
  C_LIST,
} CType;

typedef struct
{
  const char *name;       /* column */
  const char *member;
  const char *sub;        /* member of the member, or NULL */
  CType type;
  gboolean personal;
} Col;

typedef struct
{
  const char *name;
  int parent;             /* index of the parent table, or -1 */
  const char *collection; /* member of the root or of the parent object */
  const char *parent_column;
  gboolean has_id;
  const Col *cols;
} TableDef;

#define END { NULL, NULL, NULL, 0, FALSE }

static const Col dataset_cols[] = {
  { "title", "title", NULL, C_TEXT, FALSE },
  { "description", "description", NULL, C_TEXT, FALSE },
  { "language", "language", NULL, C_TEXT, FALSE },
  END
};
static const Col source_cols[] = {
  { "id", "id", NULL, C_TEXT, FALSE },
  { "title", "title", NULL, C_TEXT, FALSE },
  { "date", "date", NULL, C_TEXT, FALSE },
  { "author", "author", NULL, C_TEXT, FALSE },
  { "url", "url", NULL, C_TEXT, FALSE },
  { "notes", "notes", NULL, C_TEXT, FALSE },
  END
};
static const Col actor_cols[] = {
  { "id", "id", NULL, C_TEXT, FALSE },
  { "name", "name", NULL, C_TEXT, FALSE },
  { "short_name", "short_name", NULL, C_TEXT, FALSE },
  { "kind", "kind", NULL, C_TEXT, FALSE },
  { "country", "country", NULL, C_TEXT, FALSE },
  { "subdivision", "subdivision", NULL, C_TEXT, FALSE },
  { "parent", "parent", NULL, C_TEXT, FALSE },
  { "address", "address", NULL, C_TEXT, TRUE },
  { "website", "website", NULL, C_TEXT, FALSE },
  { "email", "email", NULL, C_TEXT, TRUE },
  { "phone", "phone", NULL, C_TEXT, TRUE },
  { "notes", "notes", NULL, C_TEXT, FALSE },
  END
};
static const Col identifier_cols[] = {
  { "actor", NULL, NULL, C_TEXT, FALSE },
  { "scheme", "scheme", NULL, C_TEXT, FALSE },
  { "value", "value", NULL, C_TEXT, FALSE },
  END
};
static const Col person_cols[] = {
  { "id", "id", NULL, C_TEXT, FALSE },
  { "name", "name", NULL, C_TEXT, FALSE },
  { "given_name", "given_name", NULL, C_TEXT, FALSE },
  { "family_name", "family_name", NULL, C_TEXT, FALSE },
  { "notes", "notes", NULL, C_TEXT, FALSE },
  END
};
static const Col affiliation_cols[] = {
  { "person", NULL, NULL, C_TEXT, FALSE },
  { "actor", "actor", NULL, C_TEXT, FALSE },
  { "post", "post", NULL, C_TEXT, FALSE },
  { "start", "start", NULL, C_TEXT, FALSE },
  { "end", "end", NULL, C_TEXT, FALSE },
  END
};
static const Col partnership_cols[] = {
  { "id", "id", NULL, C_TEXT, FALSE },
  { "title", "title", NULL, C_TEXT, FALSE },
  { "status", "status", NULL, C_TEXT, FALSE },
  { "start", "start", NULL, C_TEXT, FALSE },
  { "end", "end", NULL, C_TEXT, FALSE },
  { "countries", "countries", NULL, C_LIST, FALSE },
  { "subdivisions", "subdivisions", NULL, C_LIST, FALSE },
  { "themes", "themes", NULL, C_LIST, FALSE },
  { "notes", "notes", NULL, C_TEXT, FALSE },
  END
};
static const Col participant_cols[] = {
  { "partnership", NULL, NULL, C_TEXT, FALSE },
  { "actor", "actor", NULL, C_TEXT, FALSE },
  { "role", "role", NULL, C_TEXT, FALSE },
  { "notes", "notes", NULL, C_TEXT, FALSE },
  END
};
static const Col component_cols[] = {
  { "partnership", NULL, NULL, C_TEXT, FALSE },
  { "title", "title", NULL, C_TEXT, FALSE },
  { "themes", "themes", NULL, C_LIST, FALSE },
  { "notes", "notes", NULL, C_TEXT, FALSE },
  END
};
static const Col budget_cols[] = {
  { "id", "id", NULL, C_TEXT, FALSE },
  { "label", "label", NULL, C_TEXT, FALSE },
  { "actor", "actor", NULL, C_TEXT, FALSE },
  { "partnership", "partnership", NULL, C_TEXT, FALSE },
  { "kind", "kind", NULL, C_TEXT, FALSE },
  { "start", "start", NULL, C_TEXT, FALSE },
  { "end", "end", NULL, C_TEXT, FALSE },
  { "currency", "amount", "currency", C_TEXT, FALSE },
  { "amount", "amount", "value", C_NUMBER, FALSE },
  { "amount_min", "amount", "min", C_NUMBER, FALSE },
  { "amount_max", "amount", "max", C_NUMBER, FALSE },
  { "approximate", "amount", "approximate", C_BOOL, FALSE },
  { "staff_fte", "staff_fte", NULL, C_NUMBER, FALSE },
  { "notes", "notes", NULL, C_TEXT, FALSE },
  END
};
static const Col funder_cols[] = {
  { "budget", NULL, NULL, C_TEXT, FALSE },
  { "actor", "actor", NULL, C_TEXT, FALSE },
  { "share", "share", NULL, C_NUMBER, FALSE },
  { "currency", "amount", "currency", C_TEXT, FALSE },
  { "amount", "amount", "value", C_NUMBER, FALSE },
  { "amount_min", "amount", "min", C_NUMBER, FALSE },
  { "amount_max", "amount", "max", C_NUMBER, FALSE },
  { "approximate", "amount", "approximate", C_BOOL, FALSE },
  END
};
static const Col meeting_cols[] = {
  { "id", "id", NULL, C_TEXT, FALSE },
  { "title", "title", NULL, C_TEXT, FALSE },
  { "date", "date", NULL, C_TEXT, FALSE },
  { "end_date", "end_date", NULL, C_TEXT, FALSE },
  { "start_time", "start_time", NULL, C_TEXT, FALSE },
  { "end_time", "end_time", NULL, C_TEXT, FALSE },
  { "place_name", "place", "name", C_TEXT, FALSE },
  { "place_address", "place", "address", C_TEXT, FALSE },
  { "place_postal_code", "place", "postal_code", C_TEXT, FALSE },
  { "place_locality", "place", "locality", C_TEXT, FALSE },
  { "place_country", "place", "country", C_TEXT, FALSE },
  { "organisers", "organisers", NULL, C_LIST, FALSE },
  { "notes", "notes", NULL, C_TEXT, FALSE },
  END
};
static const Col attendance_cols[] = {
  { "meeting", NULL, NULL, C_TEXT, FALSE },
  { "person", "person", NULL, C_TEXT, FALSE },
  { "status", "status", NULL, C_TEXT, FALSE },
  { "role", "role", NULL, C_TEXT, FALSE },
  { "representing", "representing", NULL, C_TEXT, FALSE },
  END
};
static const Col agenda_cols[] = {
  { "meeting", NULL, NULL, C_TEXT, FALSE },
  { "id", "id", NULL, C_TEXT, FALSE },
  { "label", "label", NULL, C_TEXT, FALSE },
  { "title", "title", NULL, C_TEXT, FALSE },
  { "parent", "parent", NULL, C_TEXT, FALSE },
  { "notes", "notes", NULL, C_TEXT, FALSE },
  END
};
static const Col contribution_cols[] = {
  { "meeting", NULL, NULL, C_TEXT, FALSE },
  { "id", "id", NULL, C_TEXT, FALSE },
  { "person", "person", NULL, C_TEXT, FALSE },
  { "actor", "actor", NULL, C_TEXT, FALSE },
  { "agenda_item", "agenda_item", NULL, C_TEXT, FALSE },
  { "summary", "summary", NULL, C_TEXT, FALSE },
  { "themes", "themes", NULL, C_LIST, FALSE },
  { "notes", "notes", NULL, C_TEXT, FALSE },
  END
};
static const Col outcome_cols[] = {
  { "meeting", NULL, NULL, C_TEXT, FALSE },
  { "id", "id", NULL, C_TEXT, FALSE },
  { "kind", "kind", NULL, C_TEXT, FALSE },
  { "text", "text", NULL, C_TEXT, FALSE },
  { "agenda_item", "agenda_item", NULL, C_TEXT, FALSE },
  { "owner", "owner", NULL, C_TEXT, FALSE },
  { "due", "due", NULL, C_TEXT, FALSE },
  { "status", "status", NULL, C_TEXT, FALSE },
  { "actors", "actors", NULL, C_LIST, FALSE },
  { "partnerships", "partnerships", NULL, C_LIST, FALSE },
  { "themes", "themes", NULL, C_LIST, FALSE },
  { "notes", "notes", NULL, C_TEXT, FALSE },
  END
};
static const Col source_ref_cols[] = {
  { "owner", NULL, NULL, C_TEXT, FALSE },
  { "source", "source", NULL, C_TEXT, FALSE },
  { "locator", "locator", NULL, C_TEXT, FALSE },
  END
};
static const Col wide_cols[] = {
  { "id", NULL, NULL, C_TEXT, FALSE },
  { "title", NULL, NULL, C_TEXT, FALSE },
  { "status", NULL, NULL, C_TEXT, FALSE },
  { "start", NULL, NULL, C_TEXT, FALSE },
  { "end", NULL, NULL, C_TEXT, FALSE },
  { "lead", NULL, NULL, C_LIST, FALSE },
  { "partners", NULL, NULL, C_LIST, FALSE },
  { "other_participants", NULL, NULL, C_LIST, FALSE },
  { "countries", NULL, NULL, C_LIST, FALSE },
  { "themes", NULL, NULL, C_LIST, FALSE },
  { "n_budget_lines", NULL, NULL, C_NUMBER, FALSE },
  { "currency", NULL, NULL, C_TEXT, FALSE },
  { "budget_min", NULL, NULL, C_NUMBER, FALSE },
  { "budget_max", NULL, NULL, C_NUMBER, FALSE },
  END
};

enum
{
  T_DATASET, T_SOURCES, T_ACTORS, T_IDENTIFIERS, T_PERSONS, T_AFFILIATIONS,
  T_PARTNERSHIPS, T_PARTICIPANTS, T_COMPONENTS, T_BUDGETS, T_FUNDERS,
  T_MEETINGS, T_ATTENDANCE, T_AGENDA, T_CONTRIBUTIONS, T_OUTCOMES,
  T_SOURCE_REFS, T_WIDE, N_TABLES
};

static const TableDef tables[N_TABLES] = {
  { "dataset", -1, NULL, NULL, FALSE, dataset_cols },
  { "sources", -1, "sources", NULL, TRUE, source_cols },
  { "actors", -1, "actors", NULL, TRUE, actor_cols },
  { "identifiers", T_ACTORS, "identifiers", "actor", FALSE, identifier_cols },
  { "persons", -1, "persons", NULL, TRUE, person_cols },
  { "affiliations", T_PERSONS, "affiliations", "person", FALSE, affiliation_cols },
  { "partnerships", -1, "partnerships", NULL, TRUE, partnership_cols },
  { "participants", T_PARTNERSHIPS, "participants", "partnership", FALSE, participant_cols },
  { "components", T_PARTNERSHIPS, "components", "partnership", FALSE, component_cols },
  { "budgets", -1, "budgets", NULL, TRUE, budget_cols },
  { "funders", T_BUDGETS, "funders", "budget", FALSE, funder_cols },
  { "meetings", -1, "meetings", NULL, TRUE, meeting_cols },
  { "attendance", T_MEETINGS, "attendance", "meeting", FALSE, attendance_cols },
  { "agenda_items", T_MEETINGS, "agenda", "meeting", TRUE, agenda_cols },
  { "contributions", T_MEETINGS, "contributions", "meeting", TRUE, contribution_cols },
  { "outcomes", T_MEETINGS, "outcomes", "meeting", TRUE, outcome_cols },
  { "source_refs", -1, NULL, "owner", FALSE, source_ref_cols },
  { "partnerships_wide", -1, NULL, NULL, FALSE, wide_cols },
};

/**
 * aict_csv_get_table_names:
 *
 * The tables that [method@Aict.Dataset.table_to_csv] makes, in the order
 * [method@Aict.Dataset.export_csv] writes them (doc/tables.md lists their
 * columns).  `partnerships_wide` is made for analysts and is not read
 * back by [func@Aict.Dataset.import_csv].
 *
 * Returns: (transfer none) (array zero-terminated=1): the names
 *
 * Since: 0.2
 */
const char * const *
aict_csv_get_table_names (void)
{
  static const char * const names[N_TABLES + 1] = {
    "dataset", "sources", "actors", "identifiers", "persons", "affiliations",
    "partnerships", "participants", "components", "budgets", "funders",
    "meetings", "attendance", "agenda_items", "contributions", "outcomes",
    "source_refs", "partnerships_wide", NULL
  };

  return names;
}

static int
table_lookup (const char *name)
{
  for (int i = 0; i < N_TABLES; i++)
    if (g_str_equal (tables[i].name, name))
      return i;
  return -1;
}

/* -- a small tree of the dataset's own JSON --------------------------------- */

typedef enum
{
  N_OBJECT, N_ARRAY, N_STRING, N_NUMBER, N_TRUE, N_FALSE,
} NodeKind;

typedef struct _Node Node;
struct _Node
{
  NodeKind kind;
  char *text;           /* STRING, NUMBER */
  GPtrArray *keys;      /* OBJECT: char * */
  GPtrArray *kids;      /* OBJECT, ARRAY: Node * */
  const char *origin;   /* "file:row" of the import that made it, or NULL */
};

static void
node_free (gpointer data)
{
  Node *node = data;

  if (node == NULL)
    return;
  g_free (node->text);
  g_clear_pointer (&node->keys, g_ptr_array_unref);
  g_clear_pointer (&node->kids, g_ptr_array_unref);
  g_free (node);
}

static Node *
node_new (NodeKind kind)
{
  Node *node = g_new0 (Node, 1);

  node->kind = kind;
  if (kind == N_OBJECT)
    node->keys = g_ptr_array_new_with_free_func (g_free);
  if (kind == N_OBJECT || kind == N_ARRAY)
    node->kids = g_ptr_array_new_with_free_func (node_free);
  return node;
}

static Node *
node_get (const Node *object,
          const char *key)
{
  if (object == NULL || object->kind != N_OBJECT)
    return NULL;
  for (guint i = 0; i < object->keys->len; i++)
    if (g_str_equal (object->keys->pdata[i], key))
      return object->kids->pdata[i];
  return NULL;
}

static void
node_set (Node       *object,
          const char *key,
          Node       *value)  /* (transfer full) (nullable): NULL removes */
{
  for (guint i = 0; i < object->keys->len; i++)
    if (g_str_equal (object->keys->pdata[i], key))
      {
        if (value != NULL)
          {
            node_free (object->kids->pdata[i]);
            object->kids->pdata[i] = value;
          }
        else
          {
            g_ptr_array_remove_index (object->keys, i);
            g_ptr_array_remove_index (object->kids, i);
          }
        return;
      }
  if (value != NULL)
    {
      g_ptr_array_add (object->keys, g_strdup (key));
      g_ptr_array_add (object->kids, value);
    }
}

static const char *
node_get_string (const Node *object,
                 const char *key)
{
  Node *value = node_get (object, key);

  return value != NULL && value->kind == N_STRING ? value->text : NULL;
}

/* The dataset's JSON, written by libaict itself: trusted, but read with
 * the strict reader all the same. */
static Node *
node_parse (const char *data,
            gsize       len,
            GError    **error)
{
  AictLimits limits = {
    /* The dataset's own output, whatever limits it was loaded with. */
    .max_file_size = G_MAXSIZE, .max_depth = AICT_DEFAULT_MAX_DEPTH,
    .max_string = G_MAXSIZE, .max_key = G_MAXSIZE, .max_items = G_MAXUINT,
    .max_members = G_MAXUINT, .max_number_len = G_MAXUINT, .max_values = G_MAXUINT,
  };
  g_autoptr(AictJsonReader) reader = aict_json_reader_new (data, len, "<dataset>", &limits);
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();
  Node *root = NULL;
  char *pending_key = NULL;

  for (;;)
    {
      AictJsonToken token;
      Node *node = NULL;
      Node *top;

      if (!aict_json_reader_next (reader, &token, error))
        goto fail;
      switch (token)
        {
        case AICT_JSON_TOKEN_END:
          g_free (pending_key);
          return root;
        case AICT_JSON_TOKEN_MEMBER:
          pending_key = g_strdup (aict_json_reader_get_string (reader, NULL));
          continue;
        case AICT_JSON_TOKEN_END_OBJECT:
        case AICT_JSON_TOKEN_END_ARRAY:
          g_ptr_array_remove_index (stack, stack->len - 1);
          continue;
        case AICT_JSON_TOKEN_BEGIN_OBJECT:
          node = node_new (N_OBJECT);
          break;
        case AICT_JSON_TOKEN_BEGIN_ARRAY:
          node = node_new (N_ARRAY);
          break;
        case AICT_JSON_TOKEN_STRING:
          node = node_new (N_STRING);
          node->text = g_strdup (aict_json_reader_get_string (reader, NULL));
          break;
        case AICT_JSON_TOKEN_NUMBER:
          {
            gsize n;
            const char *lexeme = aict_json_reader_get_lexeme (reader, &n, NULL, NULL);

            node = node_new (N_NUMBER);
            node->text = g_strndup (lexeme, n);
          }
          break;
        case AICT_JSON_TOKEN_TRUE:
          node = node_new (N_TRUE);
          break;
        case AICT_JSON_TOKEN_FALSE:
          node = node_new (N_FALSE);
          break;
        case AICT_JSON_TOKEN_NULL:
        case AICT_JSON_TOKEN_NONE:
        default:
          g_free (pending_key);
          pending_key = NULL;
          continue;
        }

      top = stack->len > 0 ? stack->pdata[stack->len - 1] : NULL;
      if (top == NULL)
        root = node;
      else if (top->kind == N_OBJECT)
        {
          g_ptr_array_add (top->keys, pending_key);
          g_ptr_array_add (top->kids, node);
          pending_key = NULL;
        }
      else
        g_ptr_array_add (top->kids, node);
      if (node->kind == N_OBJECT || node->kind == N_ARRAY)
        g_ptr_array_add (stack, node);
    }

fail:
  g_free (pending_key);
  node_free (root);
  return NULL;
}

static void
node_write (const Node     *node,
            AictJsonWriter *writer)
{
  switch (node->kind)
    {
    case N_OBJECT:
      aict_json_writer_begin_object (writer);
      for (guint i = 0; i < node->keys->len; i++)
        {
          aict_json_writer_member_escaped (writer, node->keys->pdata[i]);
          node_write (node->kids->pdata[i], writer);
        }
      aict_json_writer_end_object (writer);
      break;
    case N_ARRAY:
      aict_json_writer_begin_array (writer);
      for (guint i = 0; i < node->kids->len; i++)
        node_write (node->kids->pdata[i], writer);
      aict_json_writer_end_array (writer);
      break;
    case N_STRING:
      aict_json_writer_string (writer, node->text);
      break;
    case N_NUMBER:
      aict_json_writer_number_lexeme (writer, node->text);
      break;
    case N_TRUE:
    case N_FALSE:
      aict_json_writer_boolean (writer, node->kind == N_TRUE);
      break;
    default:
      g_assert_not_reached ();
    }
}

static char *
node_to_string (const Node *node)
{
  AictJsonWriter *writer = aict_json_writer_new (256);

  node_write (node, writer);
  return aict_json_writer_free_to_string (writer, NULL);
}

static Node *
dataset_tree (AictDataset *self,
              GError     **error)
{
  g_autofree char *data = NULL;
  gsize len = 0;

  data = aict_dataset_to_data (self, &len, error);
  if (data == NULL)
    return NULL;
  return node_parse (data, len, error);
}

/* -- CSV writing ------------------------------------------------------------ */

static gboolean
needs_injection_escape (const char *text)
{
  /* OWASP: a cell a spreadsheet would read as a formula.  Leading quotes
   * are skipped so that a text that already starts with "'=" gets one
   * more, and the import, which takes one quote off, gives it back. */
  while (*text == '\'')
    text++;
  return *text == '=' || *text == '+' || *text == '-' || *text == '@'
      || *text == '\t' || *text == '\r';
}

gboolean
_aict_csv_is_escaped (const char *text)
{
  return text[0] == '\'' && needs_injection_escape (text + 1);
}

static void
csv_put_cell (GString        *out,
              const char     *text,
              AictCsvDialect  dialect,
              gboolean        is_text)
{
  char sep = dialect == AICT_CSV_DIALECT_FRENCH ? ';' : ',';
  gboolean escape = is_text && needs_injection_escape (text);

  if (strchr (text, sep) || strchr (text, '"') || strchr (text, '\n')
      || strchr (text, '\r') || escape)
    {
      g_string_append_c (out, '"');
      if (escape)
        g_string_append_c (out, '\'');
      for (const char *p = text; *p; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    g_string_append (out, text);
}

/* The text of a cell: NULL for an empty cell. */
static char *
cell_text (const Node     *object,
           const Col      *col,
           AictCsvDialect  dialect)
{
  Node *value = node_get (object, col->member);

  if (value != NULL && col->sub != NULL)
    value = node_get (value, col->sub);
  if (value == NULL)
    return NULL;
  switch (value->kind)
    {
    case N_STRING:
      return g_strdup (value->text);
    case N_NUMBER:
      {
        char *text = g_strdup (value->text);

        if (dialect == AICT_CSV_DIALECT_FRENCH)
          g_strdelimit (text, ".", ',');
        return text;
      }
    case N_TRUE:
      return g_strdup ("true");
    case N_FALSE:
      return g_strdup ("false");
    case N_ARRAY:
      {
        GString *text = g_string_new (NULL);

        for (guint i = 0; i < value->kids->len; i++)
          {
            Node *item = value->kids->pdata[i];

            if (i > 0)
              g_string_append_c (text, ';');
            if (item->kind == N_STRING)
              g_string_append (text, item->text);
          }
        return g_string_free (text, FALSE);
      }
    case N_OBJECT:
    default:
      return NULL;
    }
}

/* A row visitor: the table's columns as strings (NULL for empty). */
typedef void (*RowFunc) (const TableDef *def,
                         char          **cells,
                         gpointer        user_data);

static gboolean
col_included (const Col    *col,
              AictCsvFlags  flags)
{
  return !col->personal || (flags & AICT_CSV_FLAGS_PERSONAL);
}

/* Members of an object that some column or child table covers: anything
 * else would be lost, and the export refuses it rather than drop it. */
static gboolean
check_covered (const Node     *object,
               int             t,
               GError        **error)
{
  for (guint i = 0; i < object->keys->len; i++)
    {
      const char *key = object->keys->pdata[i];
      gboolean found = g_str_equal (key, "sources") && t != T_DATASET;

      for (const Col *col = tables[t].cols; !found && col->name; col++)
        found = col->member != NULL && g_str_equal (col->member, key);
      for (int c = 0; !found && c < N_TABLES; c++)
        found = tables[c].parent == t && g_str_equal (tables[c].collection, key);
      if (t == T_DATASET)
        for (int c = 0; !found && c < N_TABLES; c++)
          found = tables[c].parent == -1 && tables[c].collection != NULL
                  && g_str_equal (tables[c].collection, key);
      if (t == T_DATASET && g_str_equal (key, "format"))
        found = TRUE;
      if (!found)
        {
          g_set_error (error, AICT_ERROR, AICT_ERROR_FAILED,
                       _("The member “%s” of the table “%s” has no column"),
                       key, tables[t].name);
          return FALSE;
        }
    }
  return TRUE;
}

static char **
object_cells (const Node     *object,
              int             t,
              const char     *parent_id,
              AictCsvDialect  dialect)
{
  guint n = 0;
  char **cells;

  for (const Col *col = tables[t].cols; col->name; col++)
    n++;
  cells = g_new0 (char *, n + 1);
  n = 0;
  for (const Col *col = tables[t].cols; col->name; col++, n++)
    {
      if (col->member == NULL)
        cells[n] = g_strdup (parent_id);
      else
        cells[n] = cell_text (object, col, dialect);
    }
  return cells;
}

static void
cells_free (char   **cells,
            guint    n)
{
  for (guint i = 0; i < n; i++)
    g_free (cells[i]);
  g_free (cells);
}

static guint
n_cols (int t)
{
  guint n = 0;

  for (const Col *col = tables[t].cols; col->name; col++)
    n++;
  return n;
}

static Node *
root_collection (const Node *root,
                 int         t)
{
  Node *array = node_get (root, tables[t].collection);

  return array != NULL && array->kind == N_ARRAY ? array : NULL;
}

/* Sums of decimal lexemes, exact: scaled to 3 decimals (the most any
 * ISO 4217 currency the codelist knows has). */
static gboolean
lexeme_scaled (const char *lexeme,
               gint64     *out)
{
  gboolean negative = *lexeme == '-';
  guint64 value = 0;
  int decimals = -1;

  if (negative)
    lexeme++;
  for (; *lexeme; lexeme++)
    {
      if (*lexeme == '.')
        {
          decimals = 0;
          continue;
        }
      if (!g_ascii_isdigit (*lexeme) || value > G_MAXINT64 / 100 || decimals >= 3)
        return FALSE;
      value = value * 10 + (guint64) (*lexeme - '0');
      if (decimals >= 0)
        decimals++;
    }
  for (; decimals < 3; decimals = decimals < 0 ? 1 : decimals + 1)
    value *= 10;
  *out = negative ? -(gint64) value : (gint64) value;
  return TRUE;
}

static char *
scaled_text (gint64          value,
             AictCsvDialect  dialect)
{
  guint64 magnitude = value < 0 ? (guint64) (-(value + 1)) + 1 : (guint64) value;
  GString *text = g_string_new (value < 0 ? "-" : "");
  guint64 fraction = magnitude % 1000;

  g_string_append_printf (text, "%" G_GUINT64_FORMAT, magnitude / 1000);
  if (fraction != 0)
    {
      char digits[4];

      g_snprintf (digits, sizeof digits, "%03u", (guint) fraction);
      for (int i = 2; i > 0 && digits[i] == '0'; i--)
        digits[i] = '\0';
      g_string_append_c (text, dialect == AICT_CSV_DIALECT_FRENCH ? ',' : '.');
      g_string_append (text, digits);
    }
  return g_string_free (text, FALSE);
}

static char *
join_participants (const Node *partnership,
                   const char *role,
                   gboolean    other)
{
  Node *participants = node_get (partnership, "participants");
  GString *text = g_string_new (NULL);

  for (guint i = 0; participants != NULL && i < participants->kids->len; i++)
    {
      const Node *participant = participants->kids->pdata[i];
      const char *r = node_get_string (participant, "role");
      gboolean match = r != NULL && (other
                                     ? !g_str_equal (r, "lead") && !g_str_equal (r, "partner")
                                     : g_str_equal (r, role));

      if (!match)
        continue;
      if (text->len > 0)
        g_string_append_c (text, ';');
      g_string_append (text, node_get_string (participant, "actor"));
    }
  return g_string_free (text, FALSE);
}

static gboolean
visit_wide (const Node     *root,
            AictCsvDialect  dialect,
            RowFunc         func,
            gpointer        user_data,
            GError        **error)
{
  Node *partnerships = root_collection (root, T_PARTNERSHIPS);
  Node *budgets = root_collection (root, T_BUDGETS);
  g_autoptr(GHashTable) lines = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                       NULL, (GDestroyNotify) g_ptr_array_unref);
  guint n = n_cols (T_WIDE);

  for (guint i = 0; budgets != NULL && i < budgets->kids->len; i++)
    {
      Node *budget = budgets->kids->pdata[i];
      const char *p = node_get_string (budget, "partnership");
      GPtrArray *list;

      if (p == NULL)
        continue;
      list = g_hash_table_lookup (lines, p);
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (lines, (gpointer) p, list);
        }
      g_ptr_array_add (list, budget);
    }

  for (guint i = 0; partnerships != NULL && i < partnerships->kids->len; i++)
    {
      Node *partnership = partnerships->kids->pdata[i];
      const char *id = node_get_string (partnership, "id");
      GPtrArray *list = g_hash_table_lookup (lines, id);
      char **cells = g_new0 (char *, n + 1);
      const char *currency = NULL;
      gboolean mixed = FALSE, any = FALSE;
      gint64 min = 0, max = 0;

      cells[0] = g_strdup (id);
      cells[1] = g_strdup (node_get_string (partnership, "title"));
      cells[2] = g_strdup (node_get_string (partnership, "status"));
      cells[3] = g_strdup (node_get_string (partnership, "start"));
      cells[4] = g_strdup (node_get_string (partnership, "end"));
      cells[5] = join_participants (partnership, "lead", FALSE);
      cells[6] = join_participants (partnership, "partner", FALSE);
      cells[7] = join_participants (partnership, NULL, TRUE);
      cells[8] = cell_text (partnership, &partnership_cols[5], dialect);
      cells[9] = cell_text (partnership, &partnership_cols[7], dialect);
      cells[10] = g_strdup_printf ("%u", list != NULL ? list->len : 0);
      /* Totals of the money lines of kind "allocated" (what was voted),
       * in one currency; several currencies leave the totals empty. */
      for (guint j = 0; list != NULL && j < list->len; j++)
        {
          Node *amount = node_get (list->pdata[j], "amount");
          const char *kind = node_get_string (list->pdata[j], "kind");
          const char *c = node_get_string (amount, "currency");
          Node *v = node_get (amount, "value");
          Node *lo = v != NULL ? v : node_get (amount, "min");
          Node *hi = v != NULL ? v : node_get (amount, "max");
          gint64 a, b;

          if (amount == NULL || kind == NULL || !g_str_equal (kind, "allocated")
              || lo == NULL || hi == NULL)
            continue;
          if (currency != NULL && !g_str_equal (currency, c))
            mixed = TRUE;
          currency = c;
          if (!lexeme_scaled (lo->text, &a) || !lexeme_scaled (hi->text, &b)
              || (a > 0 && min > G_MAXINT64 - a) || (b > 0 && max > G_MAXINT64 - b))
            {
              cells_free (cells, n);
              g_set_error (error, AICT_ERROR, AICT_ERROR_OVERFLOW,
                           _("The budget totals of the partnership “%s” overflow"), id);
              return FALSE;
            }
          min += a;
          max += b;
          any = TRUE;
        }
      if (any && !mixed)
        {
          cells[11] = g_strdup (currency);
          cells[12] = scaled_text (min, dialect);
          cells[13] = scaled_text (max, dialect);
        }
      else if (mixed)
        cells[11] = g_strdup ("*");
      func (&tables[T_WIDE], cells, user_data);
      cells_free (cells, n);
    }
  return TRUE;
}

static void
visit_source_refs (const Node *object,
                   RowFunc     func,
                   gpointer    user_data,
                   AictCsvDialect dialect)
{
  Node *refs = node_get (object, "sources");
  const char *id = node_get_string (object, "id");

  if (refs == NULL || refs->kind != N_ARRAY || id == NULL)
    return;
  for (guint i = 0; i < refs->kids->len; i++)
    {
      char **cells = object_cells (refs->kids->pdata[i], T_SOURCE_REFS, id, dialect);

      func (&tables[T_SOURCE_REFS], cells, user_data);
      cells_free (cells, n_cols (T_SOURCE_REFS));
    }
}

/* Calls @func for each row of table @t. */
static gboolean
visit_table (const Node     *root,
             int             t,
             AictCsvDialect  dialect,
             RowFunc         func,
             gpointer        user_data,
             GError        **error)
{
  guint n = n_cols (t);

  if (t == T_WIDE)
    return visit_wide (root, dialect, func, user_data, error);
  if (t == T_DATASET)
    {
      char **cells;

      if (!check_covered (root, t, error))
        return FALSE;
      cells = object_cells (root, t, NULL, dialect);
      func (&tables[t], cells, user_data);
      cells_free (cells, n);
      return TRUE;
    }
  if (t == T_SOURCE_REFS)
    {
      for (int top = 0; top < N_TABLES; top++)
        {
          Node *array;

          if (tables[top].parent != -1 || tables[top].collection == NULL)
            continue;
          array = root_collection (root, top);
          for (guint i = 0; array != NULL && i < array->kids->len; i++)
            {
              Node *object = array->kids->pdata[i];

              visit_source_refs (object, func, user_data, dialect);
              for (int c = 0; c < N_TABLES; c++)
                {
                  Node *kids;

                  if (tables[c].parent != top || !tables[c].has_id)
                    continue;
                  kids = node_get (object, tables[c].collection);
                  for (guint k = 0; kids != NULL && k < kids->kids->len; k++)
                    visit_source_refs (kids->kids->pdata[k], func, user_data, dialect);
                }
            }
        }
      return TRUE;
    }
  if (tables[t].parent == -1)
    {
      Node *array = root_collection (root, t);

      for (guint i = 0; array != NULL && i < array->kids->len; i++)
        {
          char **cells;

          if (!check_covered (array->kids->pdata[i], t, error))
            return FALSE;
          cells = object_cells (array->kids->pdata[i], t, NULL, dialect);
          func (&tables[t], cells, user_data);
          cells_free (cells, n);
        }
      return TRUE;
    }
  else
    {
      Node *parents = root_collection (root, tables[t].parent);

      for (guint i = 0; parents != NULL && i < parents->kids->len; i++)
        {
          Node *parent = parents->kids->pdata[i];
          Node *kids = node_get (parent, tables[t].collection);
          const char *id = node_get_string (parent, "id");

          for (guint k = 0; kids != NULL && k < kids->kids->len; k++)
            {
              char **cells;

              if (!check_covered (kids->kids->pdata[k], t, error))
                return FALSE;
              cells = object_cells (kids->kids->pdata[k], t, id, dialect);
              func (&tables[t], cells, user_data);
              cells_free (cells, n);
            }
        }
      return TRUE;
    }
}

typedef struct
{
  GString *out;
  AictCsvDialect dialect;
  AictCsvFlags flags;
} CsvWriteData;

static void
csv_row (const TableDef *def,
         char          **cells,
         gpointer        user_data)
{
  CsvWriteData *data = user_data;
  char sep = data->dialect == AICT_CSV_DIALECT_FRENCH ? ';' : ',';
  gboolean first = TRUE;
  guint i = 0;

  for (const Col *col = def->cols; col->name; col++, i++)
    {
      if (!col_included (col, data->flags))
        continue;
      if (!first)
        g_string_append_c (data->out, sep);
      first = FALSE;
      if (cells[i] != NULL)
        csv_put_cell (data->out, cells[i], data->dialect,
                      col->type == C_TEXT || col->type == C_LIST);
    }
  g_string_append (data->out, "\r\n");
}

static GBytes *
tree_table_to_csv (const Node     *root,
                   int             t,
                   AictCsvDialect  dialect,
                   AictCsvFlags    flags,
                   GError        **error)
{
  CsvWriteData data = { g_string_new (NULL), dialect, flags };
  char sep = dialect == AICT_CSV_DIALECT_FRENCH ? ';' : ',';
  gboolean first = TRUE;

  if (dialect == AICT_CSV_DIALECT_FRENCH)
    g_string_append (data.out, "\xEF\xBB\xBF");
  for (const Col *col = tables[t].cols; col->name; col++)
    {
      if (!col_included (col, flags))
        continue;
      if (!first)
        g_string_append_c (data.out, sep);
      first = FALSE;
      g_string_append (data.out, col->name);
    }
  g_string_append (data.out, "\r\n");
  if (!visit_table (root, t, dialect, csv_row, &data, error))
    {
      g_string_free (data.out, TRUE);
      return NULL;
    }
  return g_string_free_to_bytes (data.out);
}

/**
 * aict_dataset_table_to_csv:
 * @self: a dataset
 * @table: a name from [func@Aict.csv_get_table_names]
 * @dialect: the dialect (%AICT_CSV_DIALECT_AUTO is RFC 4180)
 * @flags: options
 * @error: return location for a #GError, or %NULL
 *
 * Writes one table of @self as CSV: a header row with the column names of
 * doc/tables.md, then one row per object.  Text cells that a spreadsheet
 * would take for a formula (starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return) get a leading `'`, which the import takes off again.
 *
 * Returns: (transfer full): the bytes of the file, or %NULL with @error
 *   set (%AICT_ERROR_NOT_FOUND for an unknown table)
 *
 * Since: 0.2
 */
GBytes *
aict_dataset_table_to_csv (AictDataset     *self,
                           const char      *table,
                           AictCsvDialect   dialect,
                           AictCsvFlags     flags,
                           GError         **error)
{
  Node *root;
  GBytes *bytes;
  int t;

  g_return_val_if_fail (AICT_IS_DATASET (self), NULL);
  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  t = table_lookup (table);
  if (t < 0)
    {
      g_set_error (error, AICT_ERROR, AICT_ERROR_NOT_FOUND,
                   _("There is no table “%s”"), table);
      return NULL;
    }
  root = dataset_tree (self, error);
  if (root == NULL)
    return NULL;
  bytes = tree_table_to_csv (root, t, dialect, flags, error);
  node_free (root);
  return bytes;
}

/**
 * aict_dataset_export_csv:
 * @self: a dataset
 * @directory: (type filename): an existing directory
 * @dialect: the dialect (%AICT_CSV_DIALECT_AUTO is RFC 4180)
 * @flags: options
 * @error: return location for a #GError, or %NULL
 *
 * Writes every table of [func@Aict.csv_get_table_names] as
 * `@directory/NAME.csv`, replacing files of those names.
 *
 * Returns: %TRUE on success
 *
 * Since: 0.2
 */
gboolean
aict_dataset_export_csv (AictDataset     *self,
                         const char      *directory,
                         AictCsvDialect   dialect,
                         AictCsvFlags     flags,
                         GError         **error)
{
  Node *root;

  g_return_val_if_fail (AICT_IS_DATASET (self), FALSE);
  g_return_val_if_fail (directory != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  root = dataset_tree (self, error);
  if (root == NULL)
    return FALSE;
  for (int t = 0; t < N_TABLES; t++)
    {
      g_autoptr(GBytes) bytes = tree_table_to_csv (root, t, dialect, flags, error);
      g_autofree char *name = g_strconcat (tables[t].name, ".csv", NULL);
      g_autofree char *path = g_build_filename (directory, name, NULL);
      g_autoptr(GError) local = NULL;

      if (bytes == NULL)
        {
          node_free (root);
          return FALSE;
        }
      if (!g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                (gssize) g_bytes_get_size (bytes), &local))
        {
          node_free (root);
          g_set_error (error, AICT_ERROR, AICT_ERROR_IO, "%s", local->message);
          return FALSE;
        }
    }
  node_free (root);
  return TRUE;
}

/* -- XLSX ----------------------------------------------------------------- */

#if HAVE_XLSXWRITER
typedef struct
{
  lxw_worksheet *sheet;
  lxw_format *date_format;
  AictCsvFlags flags;
  lxw_row_t row;
} XlsxData;

static gboolean
full_date (const char *text,
           lxw_datetime *date)
{
  int y, m, d;
  char end;

  if (strlen (text) != 10 || sscanf (text, "%4d-%2d-%2d%c", &y, &m, &d, &end) != 3
      || text[4] != '-' || text[7] != '-' || !g_date_valid_dmy (d, m, y))
    return FALSE;
  *date = (lxw_datetime) { y, m, d, 0, 0, 0 };
  return TRUE;
}

static void
xlsx_row (const TableDef *def,
          char          **cells,
          gpointer        user_data)
{
  XlsxData *data = user_data;
  lxw_col_t c = 0;
  guint i = 0;

  data->row++;
  for (const Col *col = def->cols; col->name; col++, i++)
    {
      lxw_datetime date;

      if (!col_included (col, data->flags))
        continue;
      if (cells[i] == NULL)
        ;
      else if (col->type == C_NUMBER)
        worksheet_write_number (data->sheet, data->row, c,
                                g_ascii_strtod (cells[i], NULL), NULL);
      else if (col->type == C_BOOL)
        worksheet_write_boolean (data->sheet, data->row, c,
                                 g_str_equal (cells[i], "true"), NULL);
      else if (col->type == C_TEXT && full_date (cells[i], &date))
        worksheet_write_datetime (data->sheet, data->row, c, &date, data->date_format);
      else
        worksheet_write_string (data->sheet, data->row, c, cells[i], NULL);
      c++;
    }
}
#endif

/**
 * aict_dataset_export_xlsx:
 * @self: a dataset
 * @path: (type filename): the workbook to write
 * @flags: options
 * @error: return location for a #GError, or %NULL
 *
 * Writes every table of [func@Aict.csv_get_table_names] as a sheet of
 * one XLSX workbook: a bold, frozen header row, numbers as numbers,
 * booleans as booleans, full dates (`YYYY-MM-DD`) as dates; partial dates
 * stay text.  Needs libxlsxwriter at build time: without it, this fails
 * with %AICT_ERROR_FAILED.
 *
 * Returns: %TRUE on success
 *
 * Since: 0.2
 */
gboolean
aict_dataset_export_xlsx (AictDataset   *self,
                          const char    *path,
                          AictCsvFlags   flags,
                          GError       **error)
{
  g_return_val_if_fail (AICT_IS_DATASET (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

#if HAVE_XLSXWRITER
  {
    Node *root = dataset_tree (self, error);
    lxw_workbook *workbook;
    lxw_format *bold, *date_format;
    lxw_error status;

    if (root == NULL)
      return FALSE;
    workbook = workbook_new (path);
    if (workbook == NULL)
      {
        node_free (root);
        g_set_error (error, AICT_ERROR, AICT_ERROR_IO,
                     _("Could not create the workbook “%s”"), path);
        return FALSE;
      }
    bold = workbook_add_format (workbook);
    format_set_bold (bold);
    date_format = workbook_add_format (workbook);
    format_set_num_format (date_format, "yyyy-mm-dd");
    for (int t = 0; t < N_TABLES; t++)
      {
        XlsxData data = { workbook_add_worksheet (workbook, tables[t].name),
                          date_format, flags, 0 };
        lxw_col_t c = 0;

        for (const Col *col = tables[t].cols; col->name; col++)
          if (col_included (col, flags))
            worksheet_write_string (data.sheet, 0, c++, col->name, bold);
        worksheet_freeze_panes (data.sheet, 1, 0);
        if (!visit_table (root, t, AICT_CSV_DIALECT_RFC4180, xlsx_row, &data, error))
          {
            node_free (root);
            workbook_close (workbook);
            return FALSE;
          }
      }
    node_free (root);
    status = workbook_close (workbook);
    if (status != LXW_NO_ERROR)
      {
        g_set_error (error, AICT_ERROR, AICT_ERROR_IO,
                     _("Could not write the workbook “%s”: %s"), path,
                     lxw_strerror (status));
        return FALSE;
      }
    return TRUE;
  }
#else
  g_set_error (error, AICT_ERROR, AICT_ERROR_FAILED,
               _("XLSX export is not available: libaict was built without libxlsxwriter"));
  return FALSE;
#endif
}

/* -- the import result ------------------------------------------------------ */

typedef struct
{
  int table;
  char *id;
  AictImportChange change;
} Item;

struct _AictImportResult
{
  GObject parent_instance;

  GArray *items;  /* Item */
};

G_DEFINE_FINAL_TYPE (AictImportResult, aict_import_result, G_TYPE_OBJECT)

static void
item_clear (gpointer data)
{
  g_free (((Item *) data)->id);
}

static void
aict_import_result_finalize (GObject *object)
{
  g_array_unref (AICT_IMPORT_RESULT (object)->items);
  G_OBJECT_CLASS (aict_import_result_parent_class)->finalize (object);
}

static void
aict_import_result_class_init (AictImportResultClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = aict_import_result_finalize;
}

static void
aict_import_result_init (AictImportResult *self)
{
  self->items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (self->items, item_clear);
}

/**
 * aict_import_result_get_n_items:
 * @self: a result
 *
 * Gets how many objects the import named (added, updated or unchanged).
 *
 * Returns: the number of objects the import named
 *
 * Since: 0.2
 */
guint
aict_import_result_get_n_items (AictImportResult *self)
{
  g_return_val_if_fail (AICT_IS_IMPORT_RESULT (self), 0);
  return self->items->len;
}

/**
 * aict_import_result_get_item_id:
 * @self: a result
 * @i: an index below [method@Aict.ImportResult.get_n_items]
 *
 * Gets the id of the @i-th object the import named.
 *
 * Returns: (transfer none) (nullable): the id of the @i-th object, %NULL
 *   for the dataset's own members (table `dataset`)
 *
 * Since: 0.2
 */
const char *
aict_import_result_get_item_id (AictImportResult *self,
                                guint             i)
{
  g_return_val_if_fail (AICT_IS_IMPORT_RESULT (self), NULL);
  g_return_val_if_fail (i < self->items->len, NULL);
  return g_array_index (self->items, Item, i).id;
}

/**
 * aict_import_result_get_item_table:
 * @self: a result
 * @i: an index below [method@Aict.ImportResult.get_n_items]
 *
 * Gets the table the @i-th object the import named came from.
 *
 * Returns: (transfer none): the table of the @i-th object (`actors`,
 *   `partnerships`…)
 *
 * Since: 0.2
 */
const char *
aict_import_result_get_item_table (AictImportResult *self,
                                   guint             i)
{
  g_return_val_if_fail (AICT_IS_IMPORT_RESULT (self), NULL);
  g_return_val_if_fail (i < self->items->len, NULL);
  return tables[g_array_index (self->items, Item, i).table].name;
}

/**
 * aict_import_result_get_item_change:
 * @self: a result
 * @i: an index below [method@Aict.ImportResult.get_n_items]
 *
 * Gets what the import did to the @i-th object it named.
 *
 * Returns: what the import did to the @i-th object
 *
 * Since: 0.2
 */
AictImportChange
aict_import_result_get_item_change (AictImportResult *self,
                                    guint             i)
{
  g_return_val_if_fail (AICT_IS_IMPORT_RESULT (self), AICT_IMPORT_CHANGE_UNCHANGED);
  g_return_val_if_fail (i < self->items->len, AICT_IMPORT_CHANGE_UNCHANGED);
  return g_array_index (self->items, Item, i).change;
}

/**
 * aict_import_result_count:
 * @self: a result
 * @change: a change
 *
 * Counts the objects the import gave @change.
 *
 * Returns: how many objects had @change
 *
 * Since: 0.2
 */
guint
aict_import_result_count (AictImportResult *self,
                          AictImportChange  change)
{
  guint n = 0;

  g_return_val_if_fail (AICT_IS_IMPORT_RESULT (self), 0);
  for (guint i = 0; i < self->items->len; i++)
    n += g_array_index (self->items, Item, i).change == change;
  return n;
}

/* -- CSV import ------------------------------------------------------------- */

typedef struct
{
  int table;
  char *display;
  AictCsvDialect dialect;
  GPtrArray *records;
  int *colmap;       /* header cell → index in tables[table].cols, or -1 */
  guint n_header;
} CsvFile;

static void
csv_file_free (gpointer data)
{
  CsvFile *file = data;

  g_free (file->display);
  g_clear_pointer (&file->records, g_ptr_array_unref);
  g_free (file->colmap);
  g_free (file);
}

typedef struct
{
  Node *object;
  Node *top;         /* its top-level object */
  int top_table;
} Indexed;

typedef struct
{
  Node *root;
  GPtrArray *errors;       /* char * */
  GStringChunk *chunk;     /* origins */
  GHashTable *index;       /* id → Indexed *, every object with an id */
  GHashTable *before;      /* Node *top → char * (JSON) or NULL when added */
  GPtrArray *touched;      /* Node *top, in order */
  GHashTable *touched_table; /* Node *top → table + 1 */
  GHashTable *replaced;    /* "table\x1fid" set: child lists already cleared */
  GHashTable *seen;        /* "table\x1fid" → origin: ids met in this import */
  gboolean fresh;          /* a new dataset: its own row is added */
} Import;

/* Data in messages: control characters escaped, at most 60 characters. */
static char *
quote_data (const char *text)
{
  GString *out = g_string_new (NULL);
  guint n = 0;

  for (const char *p = text; *p && n < 60; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || c == 0x7F)
        g_string_append_printf (out, "\\x%02X", c);
      else
        g_string_append_unichar (out, c);
    }
  if (*text && n >= 60 && g_utf8_strlen (text, -1) > 60)
    g_string_append (out, "…");
  return g_string_free (out, FALSE);
}

static void
add_error (Import     *import,
           const char *format,
           ...) G_GNUC_PRINTF (2, 3);

static void
add_error (Import     *import,
           const char *format,
           ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (import->errors, g_strdup_vprintf (format, args));
  va_end (args);
}

static char *
unescape_text (const char *text)
{
  return g_strdup (_aict_csv_is_escaped (text) ? text + 1 : text);
}

/* A decimal cell as a JSON number lexeme, or NULL. */
static char *
number_lexeme (const char     *text,
               AictCsvDialect  dialect)
{
  char point = dialect == AICT_CSV_DIALECT_FRENCH ? ',' : '.';
  const char *p = text;
  char *lexeme;

  if (strlen (text) > 32)
    return NULL;
  if (*p == '-')
    p++;
  if (!g_ascii_isdigit (*p) || (*p == '0' && g_ascii_isdigit (p[1])))
    return NULL;
  while (g_ascii_isdigit (*p))
    p++;
  if (*p == point)
    {
      p++;
      if (!g_ascii_isdigit (*p))
        return NULL;
      while (g_ascii_isdigit (*p))
        p++;
    }
  if (*p != '\0')
    return NULL;
  lexeme = g_strdup (text);
  g_strdelimit (lexeme, ",", '.');
  return lexeme;
}

static Node *
string_node (char *text)  /* (transfer full) */
{
  Node *node = node_new (N_STRING);

  node->text = text;
  return node;
}

/* The value of a cell, or NULL with an error added (or for an empty
 * cell, with *empty set). */
static Node *
cell_value (Import         *import,
            const CsvFile  *file,
            guint           line,
            const Col      *col,
            const char     *text,
            gboolean       *bad)
{
  *bad = FALSE;
  if (text == NULL || *text == '\0')
    return NULL;
  switch (col->type)
    {
    case C_TEXT:
      return string_node (unescape_text (text));
    case C_LIST:
      {
        g_autofree char *whole = unescape_text (text);
        g_auto(GStrv) parts = g_strsplit (whole, ";", -1);
        Node *array = node_new (N_ARRAY);

        for (guint i = 0; parts[i] != NULL; i++)
          {
            if (parts[i][0] == '\0')
              {
                g_autofree char *q = quote_data (text);

                add_error (import, _("%s:%u:%s: an empty item in the list “%s”"),
                           file->display, line, col->name, q);
                node_free (array);
                *bad = TRUE;
                return NULL;
              }
            g_ptr_array_add (array->kids, string_node (g_strdup (parts[i])));
          }
        return array;
      }
    case C_NUMBER:
      {
        char *lexeme = number_lexeme (text, file->dialect);
        Node *node;

        if (lexeme == NULL)
          {
            g_autofree char *q = quote_data (text);

            if (file->dialect == AICT_CSV_DIALECT_FRENCH)
              add_error (import, _("%s:%u:%s: not a number with a decimal comma: “%s”"),
                         file->display, line, col->name, q);
            else
              add_error (import, _("%s:%u:%s: not a number with a decimal point: “%s”"),
                         file->display, line, col->name, q);
            *bad = TRUE;
            return NULL;
          }
        node = node_new (N_NUMBER);
        node->text = lexeme;
        return node;
      }
    case C_BOOL:
      if (g_ascii_strcasecmp (text, "true") == 0 || g_ascii_strcasecmp (text, "vrai") == 0)
        return node_new (N_TRUE);
      if (g_ascii_strcasecmp (text, "false") == 0 || g_ascii_strcasecmp (text, "faux") == 0)
        return node_new (N_FALSE);
      {
        g_autofree char *q = quote_data (text);

        add_error (import, _("%s:%u:%s: not true or false: “%s”"),
                   file->display, line, col->name, q);
      }
      *bad = TRUE;
      return NULL;
    default:
      g_assert_not_reached ();
    }
}

static void
set_column (Node      *object,
            const Col *col,
            Node      *value)  /* (transfer full) (nullable) */
{
  if (col->sub == NULL)
    {
      node_set (object, col->member, value);
      return;
    }
  {
    Node *sub = node_get (object, col->member);

    if (sub == NULL || sub->kind != N_OBJECT)
      {
        if (value == NULL)
          return;
        sub = node_new (N_OBJECT);
        node_set (object, col->member, sub);
      }
    node_set (sub, col->sub, value);
    if (sub->keys->len == 0)
      node_set (object, col->member, NULL);
  }
}

static void
index_object (Import *import,
              Node   *object,
              Node   *top,
              int     top_table)
{
  const char *id = node_get_string (object, "id");
  Indexed *entry;

  if (id == NULL)
    return;
  entry = g_new (Indexed, 1);
  *entry = (Indexed) { object, top, top_table };
  g_hash_table_replace (import->index, g_strdup (id), entry);
}

static void
index_tree (Import *import)
{
  for (int t = 0; t < N_TABLES; t++)
    {
      Node *array;

      if (tables[t].parent != -1 || tables[t].collection == NULL)
        continue;
      array = root_collection (import->root, t);
      for (guint i = 0; array != NULL && i < array->kids->len; i++)
        {
          Node *object = array->kids->pdata[i];

          index_object (import, object, object, t);
          for (int c = 0; c < N_TABLES; c++)
            {
              Node *kids;

              if (tables[c].parent != t || !tables[c].has_id)
                continue;
              kids = node_get (object, tables[c].collection);
              for (guint k = 0; kids != NULL && k < kids->kids->len; k++)
                index_object (import, kids->kids->pdata[k], object, t);
            }
        }
    }
}

/* The JSON of an object, to tell updated from unchanged; for the root,
 * only the dataset's own members. */
static char *
snapshot (Import *import,
          Node   *top)
{
  if (top == import->root)
    {
      GString *text = g_string_new (NULL);

      for (const Col *col = dataset_cols; col->name; col++)
        {
          const char *value = node_get_string (top, col->member);

          g_string_append_printf (text, "%s\x1f", value != NULL ? value : "");
        }
      return g_string_free (text, FALSE);
    }
  return node_to_string (top);
}

static void
touch (Import *import,
       Node   *top,
       int     table,
       gboolean added)
{
  if (g_hash_table_contains (import->before, top))
    return;
  g_hash_table_insert (import->before, top, added ? NULL : snapshot (import, top));
  g_hash_table_insert (import->touched_table, top, GINT_TO_POINTER (table + 1));
  g_ptr_array_add (import->touched, top);
}

static const char *
origin (Import        *import,
        const CsvFile *file,
        guint          line)
{
  g_autofree char *text = g_strdup_printf ("%s:%u", file->display, line);

  return g_string_chunk_insert_const (import->chunk, text);
}

static const char *
record_cell (const CsvFile       *file,
             const AictCsvRecord *record,
             int                  col_index)
{
  for (guint h = 0; h < file->n_header && h < record->n_cells; h++)
    if (file->colmap[h] == col_index)
      return record->cells[h];
  return NULL;
}

static gboolean
has_column (const CsvFile *file,
            int            col_index)
{
  for (guint h = 0; h < file->n_header; h++)
    if (file->colmap[h] == col_index)
      return TRUE;
  return FALSE;
}

/* Fills @object from the record's cells of the columns the file has. */
static gboolean
apply_record (Import              *import,
              const CsvFile       *file,
              const AictCsvRecord *record,
              Node                *object)
{
  const TableDef *def = &tables[file->table];
  gboolean ok = TRUE;
  int c = 0;

  for (const Col *col = def->cols; col->name; col++, c++)
    {
      gboolean bad;
      Node *value;

      if (col->member == NULL || !has_column (file, c))
        continue;
      if (g_str_equal (col->member, "id") && node_get (object, "id") != NULL)
        continue;  /* matched by it, and the index holds its text */
      value = cell_value (import, file, record->line, col,
                          record_cell (file, record, c), &bad);
      if (bad)
        ok = FALSE;
      else
        set_column (object, col, value);
    }
  return ok;
}

static void
import_record (Import              *import,
               const CsvFile       *file,
               const AictCsvRecord *record)
{
  const TableDef *def = &tables[file->table];
  int t = file->table;

  if (record->n_cells > file->n_header)
    for (guint h = file->n_header; h < record->n_cells; h++)
      if (record->cells[h][0] != '\0')
        {
          add_error (import, _("%s:%u: %u cells, more than the %u of the header"),
                     file->display, record->line, record->n_cells, file->n_header);
          return;
        }

  if (t == T_DATASET)
    {
      touch (import, import->root, t, import->fresh);
      apply_record (import, file, record, import->root);
      return;
    }

  if (def->parent == -1 && t != T_SOURCE_REFS)
    {
      const char *id = record_cell (file, record, 0);
      g_autofree char *key = NULL;
      Indexed *entry;
      Node *object;
      const char *seen;

      if (id == NULL || *id == '\0')
        {
          add_error (import, _("%s:%u:id: the id is empty"), file->display, record->line);
          return;
        }
      key = g_strconcat (def->name, "\x1f", id, NULL);
      seen = g_hash_table_lookup (import->seen, key);
      if (seen != NULL)
        {
          g_autofree char *q = quote_data (id);

          add_error (import, _("%s:%u:id: conflict: “%s” is also in %s"),
                     file->display, record->line, q, seen);
          return;
        }
      g_hash_table_insert (import->seen, g_steal_pointer (&key),
                           (gpointer) origin (import, file, record->line));
      entry = g_hash_table_lookup (import->index, id);
      if (entry != NULL && (entry->top_table != t || entry->object != entry->top))
        {
          g_autofree char *q = quote_data (id);

          add_error (import, _("%s:%u:id: conflict: “%s” is already the id of an object of the table “%s”"),
                     file->display, record->line, q, tables[entry->top_table].name);
          return;
        }
      if (entry != NULL)
        {
          object = entry->object;
          touch (import, object, t, FALSE);
        }
      else
        {
          Node *array = root_collection (import->root, t);

          if (array == NULL)
            {
              array = node_new (N_ARRAY);
              node_set (import->root, def->collection, array);
            }
          object = node_new (N_OBJECT);
          node_set (object, "id", string_node (unescape_text (id)));
          g_ptr_array_add (array->kids, object);
          touch (import, object, t, TRUE);
          index_object (import, object, object, t);
        }
      object->origin = origin (import, file, record->line);
      apply_record (import, file, record, object);
      return;
    }

  /* A child row, or a source reference: replaces the list of its parent. */
  {
    const char *parent_id = record_cell (file, record, 0);
    const char *parent_col = def->cols[0].name;
    Indexed *entry;
    g_autofree char *key = NULL;
    Node *list, *object;

    if (parent_id == NULL || *parent_id == '\0')
      {
        add_error (import, _("%s:%u:%s: empty"), file->display, record->line, parent_col);
        return;
      }
    entry = g_hash_table_lookup (import->index, parent_id);
    if (entry == NULL || (t != T_SOURCE_REFS
                          && (entry->top_table != def->parent || entry->object != entry->top)))
      {
        g_autofree char *q = quote_data (parent_id);

        add_error (import, _("%s:%u:%s: no object has the id “%s” in the table “%s”"),
                   file->display, record->line, parent_col, q,
                   t == T_SOURCE_REFS ? _("(any)") : tables[def->parent].name);
        return;
      }
    touch (import, entry->top, entry->top_table, FALSE);
    key = g_strconcat (def->name, "\x1f", parent_id, NULL);
    list = node_get (entry->object, t == T_SOURCE_REFS ? "sources" : def->collection);
    if (!g_hash_table_contains (import->replaced, key) || list == NULL)
      {
        /* The objects of the old list go: so do their ids. */
        for (guint k = 0; def->has_id && list != NULL && k < list->kids->len; k++)
          {
            const char *old_id = node_get_string (list->kids->pdata[k], "id");

            Indexed *old_entry = old_id != NULL ? g_hash_table_lookup (import->index, old_id) : NULL;

            if (old_entry != NULL && old_entry->object == list->kids->pdata[k])
              g_hash_table_remove (import->index, old_id);
          }
        list = node_new (N_ARRAY);
        node_set (entry->object, t == T_SOURCE_REFS ? "sources" : def->collection, list);
        g_hash_table_add (import->replaced, g_steal_pointer (&key));
      }
    object = node_new (N_OBJECT);
    object->origin = origin (import, file, record->line);
    g_ptr_array_add (list->kids, object);
    if (def->has_id)
      {
        const char *id = record_cell (file, record, 1);
        g_autofree char *id_key = NULL;
        const char *seen;

        if (id == NULL || *id == '\0')
          {
            add_error (import, _("%s:%u:id: the id is empty"), file->display, record->line);
            return;
          }
        id_key = g_strconcat (def->name, "\x1f", id, NULL);
        seen = g_hash_table_lookup (import->seen, id_key);
        if (seen != NULL)
          {
            g_autofree char *q = quote_data (id);

            add_error (import, _("%s:%u:id: conflict: “%s” is also in %s"),
                       file->display, record->line, q, seen);
            return;
          }
        g_hash_table_insert (import->seen, g_steal_pointer (&id_key), (gpointer) object->origin);
      }
    apply_record (import, file, record, object);
    if (def->has_id)
      index_object (import, object, entry->top, entry->top_table);
  }
}

static CsvFile *
read_csv_file (Import         *import,
               const char     *path,
               AictCsvDialect  dialect)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *contents = NULL;
  g_autoptr(GError) local = NULL;
  g_autoptr(GPtrArray) unknown = g_ptr_array_new ();
  g_autoptr(GPtrArray) records = NULL;
  CsvFile *file;
  AictCsvRecord *header;
  gsize len;
  int t;

  if (g_str_has_suffix (base, ".csv"))
    base[strlen (base) - 4] = '\0';
  t = table_lookup (base);
  if (t < 0 || t == T_WIDE)
    {
      add_error (import, _("%s: the file name does not name a table that can be imported (actors.csv, partnerships.csv…)"),
                 display);
      return NULL;
    }
  if (!g_file_get_contents (path, &contents, &len, &local))
    {
      add_error (import, "%s", local->message);
      return NULL;
    }
  file = g_new0 (CsvFile, 1);
  file->table = t;
  file->display = g_strdup (display);
  records = _aict_csv_parse (contents, len, display, dialect, &file->dialect, &local);
  if (records == NULL)
    {
      add_error (import, "%s", local->message);
      csv_file_free (file);
      return NULL;
    }
  if (records->len == 0)
    {
      add_error (import, _("%s: the file has no header row"), display);
      csv_file_free (file);
      return NULL;
    }
  header = records->pdata[0];
  file->n_header = header->n_cells;
  while (file->n_header > 0 && header->cells[file->n_header - 1][0] == '\0')
    file->n_header--;
  file->colmap = g_new (int, MAX (file->n_header, 1));
  for (guint h = 0; h < file->n_header; h++)
    {
      const char *name = header->cells[h];
      int c = 0;

      file->colmap[h] = -1;
      for (const Col *col = tables[t].cols; col->name; col++, c++)
        if (g_str_equal (col->name, name))
          file->colmap[h] = c;
      if (file->colmap[h] < 0)
        {
          g_ptr_array_add (unknown, (gpointer) name);
          continue;
        }
      for (guint k = 0; k < h; k++)
        if (file->colmap[k] == file->colmap[h])
          {
            add_error (import, _("%s:%u:%s: the column appears twice in the header"),
                       display, header->line, name);
            break;
          }
    }
  if (unknown->len > 0)
    {
      GString *names = g_string_new (NULL);

      for (guint i = 0; i < unknown->len; i++)
        {
          g_autofree char *q = quote_data (unknown->pdata[i]);

          if (i > 0)
            g_string_append (names, ", ");
          /* TRANSLATORS: a quoted name in a list */
          g_string_append_printf (names, _("“%s”"), q);
        }
      add_error (import, _("%s:%u: unknown columns for the table “%s”: %s"),
                 display, header->line, tables[t].name, names->str);
      g_string_free (names, TRUE);
    }
  if ((tables[t].has_id || tables[t].parent != -1 || t == T_SOURCE_REFS)
      && !has_column (file, 0))
    add_error (import, _("%s:%u: the header has no column “%s”"),
               display, header->line, tables[t].cols[0].name);
  if (tables[t].parent != -1 && tables[t].has_id && !has_column (file, 1))
    add_error (import, _("%s:%u: the header has no column “%s”"),
               display, header->line, "id");
  file->records = g_steal_pointer (&records);
  return file;
}

static gint
compare_files (gconstpointer a,
               gconstpointer b)
{
  const CsvFile *fa = *(CsvFile * const *) a, *fb = *(CsvFile * const *) b;

  return fa->table - fb->table;
}

/* Walks a JSONPath of the loader's message ("$.actors[3].kind") down the
 * tree: the origin of the deepest object met, and the last member. */
static const char *
path_origin (Node        *root,
             const char  *path,
             const char **member,
             gsize       *member_len)
{
  const char *found = NULL;
  Node *node = root;
  const char *p = path + 1;

  *member = NULL;
  while (node != NULL && *p)
    {
      if (node->origin != NULL)
        found = node->origin;
      if (*p == '.')
        {
          const char *start = ++p;

          while (*p && *p != '.' && *p != '[' && *p != ':')
            p++;
          *member = start;
          *member_len = (gsize) (p - start);
          {
            g_autofree char *key = g_strndup (start, (gsize) (p - start));

            node = node_get (node, key);
          }
          if (*p == ':')
            break;
        }
      else if (*p == '[')
        {
          guint64 i = g_ascii_strtoull (p + 1, (char **) &p, 10);

          if (*p == ']')
            p++;
          node = node->kind == N_ARRAY && i < node->kids->len ? node->kids->pdata[i] : NULL;
        }
      else
        break;
    }
  if (node != NULL && node->origin != NULL)
    found = node->origin;
  return found;
}

static char *
map_load_error (Node       *root,
                const char *message)
{
  const char *path = strstr (message, ": $");
  const char *member = NULL;
  const char *where;
  const char *rest;
  gsize member_len = 0;

  if (path == NULL)
    return g_strdup (message);
  path += 2;
  rest = strstr (path, ": ");
  where = path_origin (root, path, &member, &member_len);
  if (where == NULL || rest == NULL)
    return g_strdup (message);
  return g_strdup_printf ("%s:%.*s: %s", where,
                          (int) member_len, member != NULL ? member : "",
                          rest + 2);
}

/* See aict_dataset_import_csv(); @into may be NULL. */
static AictDataset *
import_csv (AictDataset            *into,
                         const char * const     *paths,
                         AictCsvDialect          dialect,
                         const AictLoadOptions  *options,
                         AictImportResult      **result,
                         GError                **error)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (csv_file_free);
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) before = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GHashTable) touched_table = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) replaced = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) touched = g_ptr_array_new ();
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local = NULL;
  g_autofree char *json = NULL;
  AictDataset *dataset = NULL;
  Import import = { NULL, errors, g_string_chunk_new (1024), index, before,
                    touched, touched_table, replaced, seen, into == NULL };
  gsize len = 0;

  if (into != NULL)
    import.root = dataset_tree (into, error);
  else
    {
      import.root = node_new (N_OBJECT);
      node_set (import.root, "format", string_node (g_strdup ("aict/1")));
    }
  if (import.root == NULL)
    goto out;
  index_tree (&import);

  for (guint i = 0; paths[i] != NULL; i++)
    {
      CsvFile *file = read_csv_file (&import, paths[i], dialect);

      if (file != NULL)
        g_ptr_array_add (files, file);
    }
  /* Files whose header was bad are still read, for their other columns:
   * every bad cell is reported at once. */
    {
      g_ptr_array_sort (files, compare_files);
      for (guint i = 0; i < files->len; i++)
        {
          CsvFile *file = files->pdata[i];

          for (guint r = 1; r < file->records->len; r++)
            import_record (&import, file, file->records->pdata[r]);
        }
    }
  if (errors->len > 0)
    {
      g_ptr_array_add (errors, NULL);
      {
        g_autofree char *all = g_strjoinv ("\n", (char **) errors->pdata);

        g_set_error_literal (error, AICT_ERROR, AICT_ERROR_SCHEMA, all);
      }
      goto out;
    }

  {
    AictJsonWriter *writer = aict_json_writer_new (65536);

    node_write (import.root, writer);
    json = aict_json_writer_free_to_string (writer, &len);
  }
  dataset = aict_dataset_new_from_data_full (json, (gssize) len, options, &local);
  if (dataset == NULL)
    {
      g_autofree char *message = map_load_error (import.root, local->message);

      g_set_error_literal (error, local->domain, local->code, message);
      goto out;
    }

  if (result != NULL)
    {
      AictImportResult *res = g_object_new (AICT_TYPE_IMPORT_RESULT, NULL);

      for (guint i = 0; i < touched->len; i++)
        {
          Node *top = touched->pdata[i];
          const char *old = g_hash_table_lookup (before, top);
          Item item = { GPOINTER_TO_INT (g_hash_table_lookup (touched_table, top)) - 1,
                        g_strdup (node_get_string (top, "id")),
                        AICT_IMPORT_CHANGE_ADDED };

          if (top == import.root)
            {
              g_clear_pointer (&item.id, g_free);
              item.table = T_DATASET;
            }
          if (old != NULL)
            {
              g_autofree char *now = NULL;

              now = snapshot (&import, top);
              item.change = g_str_equal (old, now) ? AICT_IMPORT_CHANGE_UNCHANGED
                                                   : AICT_IMPORT_CHANGE_UPDATED;
            }
          g_array_append_val (res->items, item);
        }
      *result = res;
    }

out:
  node_free (import.root);
  g_string_chunk_free (import.chunk);
  return dataset;
}

/**
 * aict_dataset_import_csv:
 * @self: the dataset to import into: it is not modified
 * @paths: (array zero-terminated=1) (element-type filename): CSV files,
 *   each named after its table (`actors.csv`, `participants.csv`…)
 * @dialect: the dialect, or %AICT_CSV_DIALECT_AUTO to detect it per file
 * @options: (nullable): the limits of the loader the result goes through
 * @result: (out) (optional) (transfer full): what was added, updated and
 *   left unchanged
 * @error: return location for a #GError, or %NULL
 *
 * Reads tables written by [method@Aict.Dataset.export_csv] (or by hand,
 * with any subset of the columns) into a copy of @self.  Objects with an
 * id are matched by id: a new id is added, a known one updated, only in
 * the columns the file has.  The rows of a child table
 * (`participants.csv`…) replace the whole list of their parent.  An empty
 * cell is an absent member.
 *
 * Nothing is changed on any error: @self is never modified, and the
 * import fails with every bad cell reported, one per line, as
 * `FILE:ROW:COLUMN: what` (ROW is the line where the record starts).
 * The result is then loaded as `aict/1` JSON with @options, so it meets
 * every rule of a loaded file.
 *
 * Returns: (transfer full): the new dataset, or %NULL with @error set
 *
 * Since: 0.2
 */
AictDataset *
aict_dataset_import_csv (AictDataset            *self,
                         const char * const     *paths,
                         AictCsvDialect          dialect,
                         const AictLoadOptions  *options,
                         AictImportResult      **result,
                         GError                **error)
{
  g_return_val_if_fail (AICT_IS_DATASET (self), NULL);
  g_return_val_if_fail (paths != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return import_csv (self, paths, dialect, options, result, error);
}

/**
 * aict_dataset_new_from_csv:
 * @paths: (array zero-terminated=1) (element-type filename): CSV files,
 *   each named after its table
 * @dialect: the dialect, or %AICT_CSV_DIALECT_AUTO to detect it per file
 * @options: (nullable): the limits of the loader the result goes through
 * @result: (out) (optional) (transfer full): what was added (everything)
 * @error: return location for a #GError, or %NULL
 *
 * Like [method@Aict.Dataset.import_csv] into an empty dataset.
 *
 * Returns: (transfer full): the new dataset, or %NULL with @error set
 *
 * Since: 0.2
 */
AictDataset *
aict_dataset_new_from_csv (const char * const     *paths,
                           AictCsvDialect          dialect,
                           const AictLoadOptions  *options,
                           AictImportResult      **result,
                           GError                **error)
{
  g_return_val_if_fail (paths != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return import_csv (NULL, paths, dialect, options, result, error);
}
