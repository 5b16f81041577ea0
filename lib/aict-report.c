/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "aict-report.h"
#include "aict-enum-types.h"
#include "aict-report-private.h"
#include "aict-issue-code-private.h"

/**
 * AictIssue:
 *
 * One finding of a validation: how serious it is, a stable machine code
 * (such as `reference-unresolved`), where it is (a JSON path such as
 * `$.partnerships[3].countries[0]`), the id of the object concerned and a
 * message for people, translated.
 *
 * Codes are listed in the validation guide and never change meaning.
 *
 * Since: 0.1
 */
struct _AictIssue
{
  GObject parent_instance;

  AictSeverity severity;
  char *code;
  char *path;
  char *object_id;
  char *message;
};

G_DEFINE_FINAL_TYPE (AictIssue, aict_issue, G_TYPE_OBJECT)

enum {
  ISSUE_PROP_0,
  ISSUE_PROP_SEVERITY,
  ISSUE_PROP_CODE,
  ISSUE_PROP_PATH,
  ISSUE_PROP_OBJECT_ID,
  ISSUE_PROP_MESSAGE,
  ISSUE_N_PROPS
};

static GParamSpec *issue_properties[ISSUE_N_PROPS];

static void
aict_issue_finalize (GObject *object)
{
  AictIssue *self = AICT_ISSUE (object);

  g_free (self->code);
  g_free (self->path);
  g_free (self->object_id);
  g_free (self->message);

  G_OBJECT_CLASS (aict_issue_parent_class)->finalize (object);
}

static void
aict_issue_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  AictIssue *self = AICT_ISSUE (object);

  switch (prop_id)
    {
    case ISSUE_PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;
    case ISSUE_PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case ISSUE_PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case ISSUE_PROP_OBJECT_ID:
      g_value_set_string (value, self->object_id);
      break;
    case ISSUE_PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_issue_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  AictIssue *self = AICT_ISSUE (object);

  switch (prop_id)
    {
    case ISSUE_PROP_SEVERITY:
      self->severity = g_value_get_enum (value);
      break;
    case ISSUE_PROP_CODE:
      self->code = g_value_dup_string (value);
      break;
    case ISSUE_PROP_PATH:
      self->path = g_value_dup_string (value);
      break;
    case ISSUE_PROP_OBJECT_ID:
      self->object_id = g_value_dup_string (value);
      break;
    case ISSUE_PROP_MESSAGE:
      self->message = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_issue_class_init (AictIssueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = aict_issue_finalize;
  object_class->get_property = aict_issue_get_property;
  object_class->set_property = aict_issue_set_property;

  /**
   * AictIssue:severity: (getter get_severity)
   *
   * How serious the issue is.
   *
   * Since: 0.1
   */
  issue_properties[ISSUE_PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL,
                       AICT_TYPE_SEVERITY, AICT_SEVERITY_ERROR, flags);

  /**
   * AictIssue:code: (getter get_code)
   *
   * The stable machine code of the rule, e.g. `reference-unresolved`.
   *
   * Since: 0.1
   */
  issue_properties[ISSUE_PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL, flags);

  /**
   * AictIssue:path: (getter get_path)
   *
   * The JSON path of the value at fault, e.g. `$.actors[2].country`.
   *
   * Since: 0.1
   */
  issue_properties[ISSUE_PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL, flags);

  /**
   * AictIssue:object-id: (getter get_object_id)
   *
   * The id of the object concerned, or %NULL when it has none.
   *
   * Since: 0.1
   */
  issue_properties[ISSUE_PROP_OBJECT_ID] =
    g_param_spec_string ("object-id", NULL, NULL, NULL, flags);

  /**
   * AictIssue:message: (getter get_message)
   *
   * What is wrong and what to do, for people, in the language of the
   * locale.
   *
   * Since: 0.1
   */
  issue_properties[ISSUE_PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, ISSUE_N_PROPS, issue_properties);
}

static void
aict_issue_init (AictIssue *self)
{
}

/**
 * aict_issue_new:
 * @severity: how serious it is
 * @code: the stable code of the rule
 * @path: the JSON path of the value at fault
 * @object_id: (nullable): the id of the object concerned
 * @message: the message for people
 *
 * Creates an issue.
 *
 * Returns: (transfer full): a new [class@Aict.Issue]
 *
 * Since: 0.1
 */
AictIssue *
aict_issue_new (AictSeverity  severity,
                const char   *code,
                const char   *path,
                const char   *object_id,
                const char   *message)
{
  g_return_val_if_fail (code != NULL, NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);

  return g_object_new (AICT_TYPE_ISSUE,
                       "severity", severity,
                       "code", code,
                       "path", path,
                       "object-id", object_id,
                       "message", message,
                       NULL);
}

/**
 * aict_issue_get_severity: (get-property severity)
 * @self: an [class@Aict.Issue]
 *
 * Gets how serious @self is.
 *
 * Returns: the severity
 *
 * Since: 0.1
 */
AictSeverity
aict_issue_get_severity (AictIssue *self)
{
  g_return_val_if_fail (AICT_IS_ISSUE (self), AICT_SEVERITY_ERROR);
  return self->severity;
}

/**
 * aict_issue_get_code: (get-property code)
 * @self: an [class@Aict.Issue]
 *
 * Gets the stable code of the rule @self breaks.
 *
 * Returns: (transfer none): the code
 *
 * Since: 0.1
 */
const char *
aict_issue_get_code (AictIssue *self)
{
  g_return_val_if_fail (AICT_IS_ISSUE (self), NULL);
  return self->code;
}

/**
 * aict_issue_get_path: (get-property path)
 * @self: an [class@Aict.Issue]
 *
 * Gets the JSON path of the value at fault.
 *
 * Returns: (transfer none): the path
 *
 * Since: 0.1
 */
const char *
aict_issue_get_path (AictIssue *self)
{
  g_return_val_if_fail (AICT_IS_ISSUE (self), NULL);
  return self->path;
}

/**
 * aict_issue_get_object_id: (get-property object-id)
 * @self: an [class@Aict.Issue]
 *
 * Gets the id of the object concerned.
 *
 * Returns: (transfer none) (nullable): the id
 *
 * Since: 0.1
 */
const char *
aict_issue_get_object_id (AictIssue *self)
{
  g_return_val_if_fail (AICT_IS_ISSUE (self), NULL);
  return self->object_id;
}

/**
 * aict_issue_get_message: (get-property message)
 * @self: an [class@Aict.Issue]
 *
 * Gets the message for people.
 *
 * Returns: (transfer none): the message
 *
 * Since: 0.1
 */
const char *
aict_issue_get_message (AictIssue *self)
{
  g_return_val_if_fail (AICT_IS_ISSUE (self), NULL);
  return self->message;
}

/**
 * aict_issue_get_code_enum:
 * @self: an [class@Aict.Issue]
 *
 * Gets the rule @self breaks as an [enum@Aict.IssueCode], whose nick is
 * the code [method@Aict.Issue.get_code] returns.  Compare codes with this
 * rather than with strings: a misspelt value does not compile.
 *
 * Returns: the code, or %AICT_ISSUE_CODE_UNKNOWN for an issue whose code
 *   is not one of libaict's rules
 *
 * Since: 0.2
 */
AictIssueCode
aict_issue_get_code_enum (AictIssue *self)
{
  g_return_val_if_fail (AICT_IS_ISSUE (self), AICT_ISSUE_CODE_UNKNOWN);
  return _aict_issue_code_from_nick (self->code);
}

/**
 * AictReport:
 *
 * The result of [method@Aict.Dataset.validate]: every issue found, in the
 * order of the file.
 *
 * A report is a [iface@Gio.ListModel] of [class@Aict.Issue]s, so Python
 * gives it `len()`, iteration and indexing; in JavaScript iterate
 * [method@Aict.Report.get_issues] with `for…of`.
 *
 * Since: 0.1
 */
struct _AictReport
{
  GObject parent_instance;

  GListStore *issues;
  guint n_errors;
  guint n_warnings;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (AictReport, aict_report, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  REPORT_PROP_0,
  REPORT_PROP_N_ERRORS,
  REPORT_PROP_N_WARNINGS,
  REPORT_N_PROPS
};

static GParamSpec *report_properties[REPORT_N_PROPS];

static GType
aict_report_get_item_type (GListModel *model)
{
  return AICT_TYPE_ISSUE;
}

static guint
aict_report_get_n_items (GListModel *model)
{
  return g_list_model_get_n_items (G_LIST_MODEL (AICT_REPORT (model)->issues));
}

static gpointer
aict_report_get_item (GListModel *model,
                      guint       position)
{
  return g_list_model_get_item (G_LIST_MODEL (AICT_REPORT (model)->issues), position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = aict_report_get_item_type;
  iface->get_n_items = aict_report_get_n_items;
  iface->get_item = aict_report_get_item;
}

static void
aict_report_finalize (GObject *object)
{
  AictReport *self = AICT_REPORT (object);

  g_clear_object (&self->issues);

  G_OBJECT_CLASS (aict_report_parent_class)->finalize (object);
}

static void
aict_report_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  AictReport *self = AICT_REPORT (object);

  switch (prop_id)
    {
    case REPORT_PROP_N_ERRORS:
      g_value_set_uint (value, self->n_errors);
      break;
    case REPORT_PROP_N_WARNINGS:
      g_value_set_uint (value, self->n_warnings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_report_class_init (AictReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = aict_report_finalize;
  object_class->get_property = aict_report_get_property;

  /**
   * AictReport:n-errors: (getter get_n_errors)
   *
   * How many issues have severity %AICT_SEVERITY_ERROR.
   *
   * Since: 0.1
   */
  report_properties[REPORT_PROP_N_ERRORS] =
    g_param_spec_uint ("n-errors", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AictReport:n-warnings: (getter get_n_warnings)
   *
   * How many issues have severity %AICT_SEVERITY_WARNING.
   *
   * Since: 0.1
   */
  report_properties[REPORT_PROP_N_WARNINGS] =
    g_param_spec_uint ("n-warnings", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, REPORT_N_PROPS, report_properties);
}

static void
aict_report_init (AictReport *self)
{
  self->issues = g_list_store_new (AICT_TYPE_ISSUE);
}

/**
 * aict_report_new:
 *
 * Creates an empty report.
 *
 * Returns: (transfer full): a new [class@Aict.Report]
 *
 * Since: 0.1
 */
AictReport *
aict_report_new (void)
{
  return g_object_new (AICT_TYPE_REPORT, NULL);
}

/**
 * aict_report_add:
 * @self: an [class@Aict.Report]
 * @issue: the issue to append
 *
 * Appends @issue to @self.
 *
 * Since: 0.1
 */
void
aict_report_add (AictReport *self,
                 AictIssue  *issue)
{
  guint position;

  g_return_if_fail (AICT_IS_REPORT (self));
  g_return_if_fail (AICT_IS_ISSUE (issue));

  position = g_list_model_get_n_items (G_LIST_MODEL (self->issues));
  g_list_store_append (self->issues, issue);

  if (issue->severity == AICT_SEVERITY_ERROR)
    {
      self->n_errors++;
      g_object_notify_by_pspec (G_OBJECT (self), report_properties[REPORT_PROP_N_ERRORS]);
    }
  else if (issue->severity == AICT_SEVERITY_WARNING)
    {
      self->n_warnings++;
      g_object_notify_by_pspec (G_OBJECT (self), report_properties[REPORT_PROP_N_WARNINGS]);
    }

  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
}

/**
 * aict_report_get_issues:
 * @self: an [class@Aict.Report]
 *
 * Gets the issues of @self as a [class@Gio.ListStore] of
 * [class@Aict.Issue], which JavaScript can iterate with `for…of`.
 *
 * Returns: (transfer none): the issues
 *
 * Since: 0.1
 */
GListModel *
aict_report_get_issues (AictReport *self)
{
  g_return_val_if_fail (AICT_IS_REPORT (self), NULL);

  return G_LIST_MODEL (self->issues);
}

/**
 * aict_report_get_n_errors: (get-property n-errors)
 * @self: an [class@Aict.Report]
 *
 * Gets how many issues are errors.
 *
 * Returns: the number of errors
 *
 * Since: 0.1
 */
guint
aict_report_get_n_errors (AictReport *self)
{
  g_return_val_if_fail (AICT_IS_REPORT (self), 0);
  return self->n_errors;
}

/**
 * aict_report_get_n_warnings: (get-property n-warnings)
 * @self: an [class@Aict.Report]
 *
 * Gets how many issues are warnings.
 *
 * Returns: the number of warnings
 *
 * Since: 0.1
 */
guint
aict_report_get_n_warnings (AictReport *self)
{
  g_return_val_if_fail (AICT_IS_REPORT (self), 0);
  return self->n_warnings;
}

/**
 * aict_report_is_valid:
 * @self: an [class@Aict.Report]
 *
 * Whether the report has no error (warnings and infos allowed).
 *
 * Returns: %TRUE if there is no error
 *
 * Since: 0.1
 */
gboolean
aict_report_is_valid (AictReport *self)
{
  g_return_val_if_fail (AICT_IS_REPORT (self), FALSE);
  return self->n_errors == 0;
}

/**
 * aict_report_find:
 * @self: an [class@Aict.Report]
 * @code: an issue code
 * @path: (nullable): a JSON path, or %NULL for any
 *
 * Finds the first issue with @code (and @path, if given).
 *
 * Returns: (transfer none) (nullable): the issue, or %NULL
 *
 * Since: 0.1
 */
AictIssue *
aict_report_find (AictReport *self,
                  const char *code,
                  const char *path)
{
  guint n;

  g_return_val_if_fail (AICT_IS_REPORT (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->issues));
  for (guint i = 0; i < n; i++)
    {
      AictIssue *issue = g_list_model_get_item (G_LIST_MODEL (self->issues), i);

      /* The store keeps its reference: return a borrowed pointer. */
      g_object_unref (issue);
      if (g_strcmp0 (issue->code, code) == 0 &&
          (path == NULL || g_strcmp0 (issue->path, path) == 0))
        return issue;
    }

  return NULL;
}

/* Private, for producers of many issues (the IATI export): an issue built
 * without the property machinery, taking @path and @message. */
AictIssue *
_aict_issue_new_take (AictSeverity  severity,
                      const char   *code,
                      char         *path,
                      const char   *object_id,
                      char         *message)
{
  AictIssue *self = g_object_new (AICT_TYPE_ISSUE, NULL);

  self->severity = severity;
  self->code = g_strdup (code);
  self->path = path;
  self->object_id = g_strdup (object_id);
  self->message = message;

  return self;
}

/* Appends @issues (of AictIssue) to @self in one change. */
void
_aict_report_add_all (AictReport *self,
                      GPtrArray  *issues)
{
  guint position = g_list_model_get_n_items (G_LIST_MODEL (self->issues));
  guint n_errors = self->n_errors;
  guint n_warnings = self->n_warnings;

  if (issues->len == 0)
    return;

  for (guint i = 0; i < issues->len; i++)
    {
      AictIssue *issue = g_ptr_array_index (issues, i);

      if (issue->severity == AICT_SEVERITY_ERROR)
        self->n_errors++;
      else if (issue->severity == AICT_SEVERITY_WARNING)
        self->n_warnings++;
    }
  g_list_store_splice (self->issues, position, 0, issues->pdata, issues->len);
  if (self->n_errors != n_errors)
    g_object_notify_by_pspec (G_OBJECT (self), report_properties[REPORT_PROP_N_ERRORS]);
  if (self->n_warnings != n_warnings)
    g_object_notify_by_pspec (G_OBJECT (self), report_properties[REPORT_PROP_N_WARNINGS]);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, issues->len);
}
