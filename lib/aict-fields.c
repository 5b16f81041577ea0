/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "aict-fields-private.h"

#include "aict-model-private.h"
#include "aict-records.h"

/* The registry of the per-type tables (aict-fields-private.h). */

static const AictTypeInfo * const infos[] = {
  &_aict_source_info,
  &_aict_actor_info,
  &_aict_person_info,
  &_aict_partnership_info,
  &_aict_budget_info,
  &_aict_meeting_info,
  &_aict_agenda_item_info,
  &_aict_contribution_info,
  &_aict_outcome_info,
  &_aict_identifier_info,
  &_aict_affiliation_info,
  &_aict_participant_info,
  &_aict_component_info,
  &_aict_funder_info,
  &_aict_place_info,
  &_aict_attendance_info,
  &_aict_source_ref_info,
  NULL
};

const AictTypeInfo * const *
_aict_type_infos (void)
{
  return infos;
}

const AictTypeInfo *
_aict_type_info_for_type (GType type)
{
  for (guint i = 0; infos[i] != NULL; i++)
    if (infos[i]->get_type () == type)
      return infos[i];

  return NULL;
}

gpointer
_aict_record_new0 (const AictTypeInfo *info)
{
  gpointer record;

  g_assert (info->size > 0);

  record = g_malloc0 (info->size);
  for (guint i = 0; i < info->n_fields; i++)
    if (info->fields[i].kind == AICT_FIELD_HUNDREDTHS)
      *(int *) AICT_FIELD_P (record, &info->fields[i]) = -1;

  return record;
}
