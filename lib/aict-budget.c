/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "aict-fields-private.h"

#include "aict-entity-private.h"

#include "aict-budget.h"
#include "aict-enum-types.h"
#include "aict-model-private.h"
#include "aict-util-private.h"

/**
 * AictBudget:
 *
 * A budget line: money or staff that an actor or a partnership has for a
 * period.
 *
 * A line belongs to an actor ([property@Aict.Budget:actor-id]), to a
 * partnership ([property@Aict.Budget:partnership-id]) or to both, and has an
 * [property@Aict.Budget:amount], a [property@Aict.Budget:staff-fte], or both.
 *
 * Since: 0.1
 */
struct _AictBudget
{
  AictEntity parent_instance;

  char *label;
  char *actor_id;
  char *partnership_id;
  AictBudgetKind kind;
  AictPartialDate *start;
  AictPartialDate *end;
  AictAmount *amount;
  int staff_fte;  /* hundredths of an FTE, -1 if not given */
  GPtrArray *funders;  /* AictFunder, lazily created */
};

G_DEFINE_FINAL_TYPE (AictBudget, aict_budget, AICT_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_LABEL,
  PROP_ACTOR_ID,
  PROP_PARTNERSHIP_ID,
  PROP_KIND,
  PROP_START,
  PROP_END,
  PROP_AMOUNT,
  PROP_STAFF_FTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
aict_budget_finalize (GObject *object)
{
  AictBudget *self = AICT_BUDGET (object);

  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->actor_id, g_free);
  g_clear_pointer (&self->partnership_id, g_free);
  g_clear_pointer (&self->start, aict_partial_date_free);
  g_clear_pointer (&self->end, aict_partial_date_free);
  g_clear_pointer (&self->amount, aict_amount_free);
  g_clear_pointer (&self->funders, g_ptr_array_unref);

  G_OBJECT_CLASS (aict_budget_parent_class)->finalize (object);
}

static void
aict_budget_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  AictBudget *self = AICT_BUDGET (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    case PROP_ACTOR_ID:
      g_value_set_string (value, self->actor_id);
      break;

    case PROP_PARTNERSHIP_ID:
      g_value_set_string (value, self->partnership_id);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_START:
      g_value_set_boxed (value, self->start);
      break;

    case PROP_END:
      g_value_set_boxed (value, self->end);
      break;

    case PROP_AMOUNT:
      g_value_set_boxed (value, self->amount);
      break;

    case PROP_STAFF_FTE:
      g_value_set_int (value, self->staff_fte);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_budget_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  AictBudget *self = AICT_BUDGET (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      aict_budget_set_label (self, g_value_get_string (value));
      break;

    case PROP_ACTOR_ID:
      aict_budget_set_actor_id (self, g_value_get_string (value));
      break;

    case PROP_PARTNERSHIP_ID:
      aict_budget_set_partnership_id (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      aict_budget_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_START:
      aict_budget_set_start (self, g_value_get_boxed (value));
      break;

    case PROP_END:
      aict_budget_set_end (self, g_value_get_boxed (value));
      break;

    case PROP_AMOUNT:
      aict_budget_set_amount (self, g_value_get_boxed (value));
      break;

    case PROP_STAFF_FTE:
      aict_budget_set_staff_fte (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
aict_budget_class_init (AictBudgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = aict_budget_finalize;
  object_class->get_property = aict_budget_get_property;
  object_class->set_property = aict_budget_set_property;

  /**
   * AictBudget:label: (getter get_label) (setter set_label)
   *
   * What the line is, as written in the source, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * AictBudget:actor-id: (getter get_actor_id) (setter set_actor_id)
   *
   * The id of the [class@Aict.Actor] whose budget this is, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_ACTOR_ID] =
    g_param_spec_string ("actor-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * AictBudget:partnership-id: (getter get_partnership_id) (setter set_partnership_id)
   *
   * The id of the [class@Aict.Partnership] the line is for, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_PARTNERSHIP_ID] =
    g_param_spec_string ("partnership-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * AictBudget:kind: (getter get_kind) (setter set_kind)
   *
   * What the figure of the line is: allocated, planned, spent or an
   * estimate.
   *
   * Since: 0.1
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       AICT_TYPE_BUDGET_KIND,
                       AICT_BUDGET_KIND_ALLOCATED,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * AictBudget:start: (getter get_start) (setter set_start)
   *
   * The start of the period, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_START] =
    g_param_spec_boxed ("start", NULL, NULL,
                        AICT_TYPE_PARTIAL_DATE,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * AictBudget:end: (getter get_end) (setter set_end)
   *
   * The end of the period, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_END] =
    g_param_spec_boxed ("end", NULL, NULL,
                        AICT_TYPE_PARTIAL_DATE,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * AictBudget:amount: (getter get_amount) (setter set_amount)
   *
   * The amount of the line, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_AMOUNT] =
    g_param_spec_boxed ("amount", NULL, NULL,
                        AICT_TYPE_AMOUNT,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * AictBudget:staff-fte: (getter get_staff_fte) (setter set_staff_fte)
   *
   * The staff of the line in hundredths of a full-time equivalent, kept
   * exact: 340 means 3.4 FTE.  -1 when not given.
   *
   * Since: 0.1
   */
  properties[PROP_STAFF_FTE] =
    g_param_spec_int ("staff-fte", NULL, NULL,
                      -1, G_MAXINT, -1,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
aict_budget_init (AictBudget *self)
{
  self->staff_fte = -1;
}

/**
 * aict_budget_new:
 * @id: the id of the line
 * @kind: what its figure is
 *
 * Creates a budget.  The same as `g_object_new (AICT_TYPE_BUDGET, "id", id,
 * "kind", kind, NULL)`.
 *
 * Returns: (transfer full): a new [class@Aict.Budget]
 *
 * Since: 0.1
 */
AictBudget *
aict_budget_new (const char     *id,
                 AictBudgetKind  kind)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (AICT_TYPE_BUDGET,
                       "id", id,
                       "kind", kind,
                       NULL);
}

/**
 * aict_budget_get_label: (get-property label)
 * @self: a [class@Aict.Budget]
 *
 * Gets the [property@Aict.Budget:label] of @self.
 *
 * Returns: (transfer none) (nullable): the label
 *
 * Since: 0.1
 */
const char *
aict_budget_get_label (AictBudget *self)
{
  g_return_val_if_fail (AICT_IS_BUDGET (self), NULL);

  return self->label;
}

/**
 * aict_budget_set_label: (set-property label)
 * @self: a [class@Aict.Budget]
 * @label: (nullable): the new value
 *
 * Sets the [property@Aict.Budget:label] of @self.
 *
 * Since: 0.1
 */
void
aict_budget_set_label (AictBudget *self,
                       const char *label)
{
  g_return_if_fail (AICT_IS_BUDGET (self));

  if (aict_set_str (&self->label, label))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_LABEL]);
}

/**
 * aict_budget_get_actor_id: (get-property actor-id)
 * @self: a [class@Aict.Budget]
 *
 * Gets the [property@Aict.Budget:actor-id] of @self.
 *
 * Returns: (transfer none) (nullable): the actor id
 *
 * Since: 0.1
 */
const char *
aict_budget_get_actor_id (AictBudget *self)
{
  g_return_val_if_fail (AICT_IS_BUDGET (self), NULL);

  return self->actor_id;
}

/**
 * aict_budget_set_actor_id: (set-property actor-id)
 * @self: a [class@Aict.Budget]
 * @actor_id: (nullable): the new value
 *
 * Sets the [property@Aict.Budget:actor-id] of @self.
 *
 * Since: 0.1
 */
void
aict_budget_set_actor_id (AictBudget *self,
                          const char *actor_id)
{
  g_return_if_fail (AICT_IS_BUDGET (self));

  if (aict_set_str (&self->actor_id, actor_id))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_ACTOR_ID]);
}

/**
 * aict_budget_get_partnership_id: (get-property partnership-id)
 * @self: a [class@Aict.Budget]
 *
 * Gets the [property@Aict.Budget:partnership-id] of @self.
 *
 * Returns: (transfer none) (nullable): the partnership id
 *
 * Since: 0.1
 */
const char *
aict_budget_get_partnership_id (AictBudget *self)
{
  g_return_val_if_fail (AICT_IS_BUDGET (self), NULL);

  return self->partnership_id;
}

/**
 * aict_budget_set_partnership_id: (set-property partnership-id)
 * @self: a [class@Aict.Budget]
 * @partnership_id: (nullable): the new value
 *
 * Sets the [property@Aict.Budget:partnership-id] of @self.
 *
 * Since: 0.1
 */
void
aict_budget_set_partnership_id (AictBudget *self,
                                const char *partnership_id)
{
  g_return_if_fail (AICT_IS_BUDGET (self));

  if (aict_set_str (&self->partnership_id, partnership_id))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_PARTNERSHIP_ID]);
}

/**
 * aict_budget_get_kind: (get-property kind)
 * @self: a [class@Aict.Budget]
 *
 * Gets the [property@Aict.Budget:kind] of @self.
 *
 * Returns: the kind
 *
 * Since: 0.1
 */
AictBudgetKind
aict_budget_get_kind (AictBudget *self)
{
  g_return_val_if_fail (AICT_IS_BUDGET (self), AICT_BUDGET_KIND_ALLOCATED);

  return self->kind;
}

/**
 * aict_budget_set_kind: (set-property kind)
 * @self: a [class@Aict.Budget]
 * @kind: the new value
 *
 * Sets the [property@Aict.Budget:kind] of @self.
 *
 * Since: 0.1
 */
void
aict_budget_set_kind (AictBudget     *self,
                      AictBudgetKind  kind)
{
  g_return_if_fail (AICT_IS_BUDGET (self));
  g_return_if_fail (kind <= AICT_BUDGET_KIND_ESTIMATE);

  if (self->kind != kind)
    {
      self->kind = kind;
      _aict_entity_notify (AICT_ENTITY (self), properties[PROP_KIND]);
    }
}

/**
 * aict_budget_get_start: (get-property start)
 * @self: a [class@Aict.Budget]
 *
 * Gets the [property@Aict.Budget:start] of @self.
 *
 * Returns: (transfer none) (nullable): the start of the period
 *
 * Since: 0.1
 */
const AictPartialDate *
aict_budget_get_start (AictBudget *self)
{
  g_return_val_if_fail (AICT_IS_BUDGET (self), NULL);

  return self->start;
}

/**
 * aict_budget_set_start: (set-property start)
 * @self: a [class@Aict.Budget]
 * @start: (nullable): the new value, or %NULL to unset it
 *
 * Sets the [property@Aict.Budget:start] of @self to a copy of @start.
 *
 * Since: 0.1
 */
void
aict_budget_set_start (AictBudget            *self,
                       const AictPartialDate *start)
{
  g_return_if_fail (AICT_IS_BUDGET (self));

  if (_aict_set_partial_date (&self->start, start))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_START]);
}

/**
 * aict_budget_get_end: (get-property end)
 * @self: a [class@Aict.Budget]
 *
 * Gets the [property@Aict.Budget:end] of @self.
 *
 * Returns: (transfer none) (nullable): the end of the period
 *
 * Since: 0.1
 */
const AictPartialDate *
aict_budget_get_end (AictBudget *self)
{
  g_return_val_if_fail (AICT_IS_BUDGET (self), NULL);

  return self->end;
}

/**
 * aict_budget_set_end: (set-property end)
 * @self: a [class@Aict.Budget]
 * @end: (nullable): the new value, or %NULL to unset it
 *
 * Sets the [property@Aict.Budget:end] of @self to a copy of @end.
 *
 * Since: 0.1
 */
void
aict_budget_set_end (AictBudget            *self,
                     const AictPartialDate *end)
{
  g_return_if_fail (AICT_IS_BUDGET (self));

  if (_aict_set_partial_date (&self->end, end))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_END]);
}

/**
 * aict_budget_get_amount: (get-property amount)
 * @self: a [class@Aict.Budget]
 *
 * Gets the [property@Aict.Budget:amount] of @self.
 *
 * Returns: (transfer none) (nullable): the amount
 *
 * Since: 0.1
 */
const AictAmount *
aict_budget_get_amount (AictBudget *self)
{
  g_return_val_if_fail (AICT_IS_BUDGET (self), NULL);

  return self->amount;
}

/**
 * aict_budget_set_amount: (set-property amount)
 * @self: a [class@Aict.Budget]
 * @amount: (nullable): the new value, or %NULL to unset it
 *
 * Sets the [property@Aict.Budget:amount] of @self to a copy of @amount.
 *
 * Since: 0.1
 */
void
aict_budget_set_amount (AictBudget       *self,
                        const AictAmount *amount)
{
  g_return_if_fail (AICT_IS_BUDGET (self));

  if (_aict_set_amount (&self->amount, amount))
    _aict_entity_notify (AICT_ENTITY (self), properties[PROP_AMOUNT]);
}

/**
 * aict_budget_get_staff_fte: (get-property staff-fte)
 * @self: a [class@Aict.Budget]
 *
 * Gets the [property@Aict.Budget:staff-fte] of @self.
 *
 * Returns: the staff in hundredths of an FTE, or -1 if not given
 *
 * Since: 0.1
 */
int
aict_budget_get_staff_fte (AictBudget *self)
{
  g_return_val_if_fail (AICT_IS_BUDGET (self), -1);

  return self->staff_fte;
}

/**
 * aict_budget_set_staff_fte: (set-property staff-fte)
 * @self: a [class@Aict.Budget]
 * @staff_fte: the staff in hundredths of an FTE (340 for 3.4 FTE), or -1
 *   to unset it
 *
 * Sets the [property@Aict.Budget:staff-fte] of @self.
 *
 * Since: 0.1
 */
void
aict_budget_set_staff_fte (AictBudget *self,
                           int         staff_fte)
{
  g_return_if_fail (AICT_IS_BUDGET (self));
  g_return_if_fail (staff_fte >= -1);

  if (self->staff_fte != staff_fte)
    {
      self->staff_fte = staff_fte;
      _aict_entity_notify (AICT_ENTITY (self), properties[PROP_STAFF_FTE]);
    }
}

/**
 * aict_budget_get_n_funders:
 * @self: a [class@Aict.Budget]
 *
 * Gets the number of funders of @self.  Get each with
 * [method@Aict.Budget.get_funder], or copies of all of them with
 * [method@Aict.Budget.dup_funders].
 *
 * Returns: the number of funders, possibly 0
 *
 * Since: 0.2
 */
guint
aict_budget_get_n_funders (AictBudget *self)
{
  g_return_val_if_fail (AICT_IS_BUDGET (self), 0);

  return self->funders != NULL ? self->funders->len : 0;
}

/**
 * aict_budget_get_funder:
 * @self: a [class@Aict.Budget]
 * @position: the position of the funder, less than
 *   [method@Aict.Budget.get_n_funders]
 *
 * Gets the funder of @self at @position, in the order they were added.
 * Funders are only ever added, so it stays valid as long as @self.
 *
 * Returns: (transfer none): the funder, owned by @self
 *
 * Since: 0.2
 */
const AictFunder *
aict_budget_get_funder (AictBudget *self,
                        guint      position)
{
  g_return_val_if_fail (AICT_IS_BUDGET (self), NULL);
  g_return_val_if_fail (self->funders != NULL && position < self->funders->len, NULL);

  return g_ptr_array_index (self->funders, position);
}

/**
 * aict_budget_dup_funders:
 * @self: a [class@Aict.Budget]
 *
 * Gets copies of the co-funders of the line, in the order they were added.
 * Changing the array does not change @self: add with
 * [method@Aict.Budget.add_funder].
 *
 * Returns: (transfer container) (element-type AictFunder): a new array of
 *   copies of the funders, possibly empty, that frees them when it is
 *   freed (g_ptr_array_unref())
 *
 * Since: 0.2
 */
GPtrArray *
aict_budget_dup_funders (AictBudget *self)
{
  GPtrArray *copy;
  guint n;

  g_return_val_if_fail (AICT_IS_BUDGET (self), NULL);

  n = self->funders != NULL ? self->funders->len : 0;
  copy = g_ptr_array_new_full (n, (GDestroyNotify) aict_funder_free);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (copy, aict_funder_copy (g_ptr_array_index (self->funders, i)));

  return copy;
}

/**
 * aict_budget_add_funder:
 * @self: a [class@Aict.Budget]
 * @funder: the funder to add
 *
 * Adds a copy of @funder to the funders of @self.
 *
 * Since: 0.1
 */
void
aict_budget_add_funder (AictBudget       *self,
                        const AictFunder *funder)
{
  g_return_if_fail (AICT_IS_BUDGET (self));
  g_return_if_fail (funder != NULL);

  _aict_budget_take_funder (self, aict_funder_copy (funder));
}

void
_aict_budget_take_funder (AictBudget *self,
                          AictFunder *funder)
{
  g_assert (AICT_IS_BUDGET (self));
  g_assert (funder != NULL);

  if (self->funders == NULL)
    self->funders = g_ptr_array_new_with_free_func ((GDestroyNotify) aict_funder_free);
  g_ptr_array_add (self->funders, funder);
  _aict_entity_changed (AICT_ENTITY (self));
}

GPtrArray *
_aict_budget_peek_funders (AictBudget *self)
{
  return self->funders;
}

/* The members of a budget line, in the order they are written. */
static const AictFieldInfo budget_fields[] = {
  AICT_FIELD_ENTITY_ID ("The budget line's id, unique in the dataset."),
  AICT_FIELD_SCALAR (AictBudget, label, "label", TEXT, AICT_FIELD_SUMMARY, "What the line is for."),
  AICT_FIELD_REFERENCE (AictBudget, actor_id, "actor", REF, AICT_REFS_ACTOR, AICT_FIELD_SUMMARY,
                        "The actor whose budget it is."),
  AICT_FIELD_REFERENCE (AictBudget, partnership_id, "partnership", REF, AICT_REFS_PARTNERSHIP,
                        AICT_FIELD_SUMMARY, "The partnership it funds."),
  AICT_FIELD_ENUMERATED (AictBudget, kind, "kind", aict_budget_kind_get_type,
                         AICT_FIELD_REQUIRED | AICT_FIELD_DECODE_REQUIRED | AICT_FIELD_SUMMARY,
                         "What its figure is (allocated, spent, estimate…)."),
  AICT_FIELD_SCALAR (AictBudget, start, "start", DATE, AICT_FIELD_SUMMARY, "The start of its period."),
  AICT_FIELD_SCALAR (AictBudget, end, "end", DATE, AICT_FIELD_SUMMARY, "The end of its period."),
  AICT_FIELD_SCALAR (AictBudget, amount, "amount", AMOUNT, AICT_FIELD_SUMMARY, "The amount, exact."),
  AICT_FIELD_SCALAR (AictBudget, staff_fte, "staff_fte", HUNDREDTHS, AICT_FIELD_SUMMARY,
                     "Staff, in full-time equivalents."),
  AICT_FIELD_RECORDS ("funders", _aict_funder_info, _aict_budget_take_funder, _aict_budget_peek_funders,
                      AICT_FIELD_SUMMARY, "Who pays for it, with shares or amounts."),
  AICT_FIELD_ENTITY_NOTES,
  AICT_FIELD_ENTITY_SOURCES,
};

const AictTypeInfo _aict_budget_info = {
  "budget", N_("a budget line"), N_("an object"), N_("a budget line needs a “kind”"),
  aict_budget_get_type, 0, NULL,
  budget_fields, G_N_ELEMENTS (budget_fields),
};
