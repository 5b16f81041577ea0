/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <aict/aict-entity.h>

G_BEGIN_DECLS

#define AICT_TYPE_AGENDA_ITEM (aict_agenda_item_get_type ())
AICT_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AictAgendaItem, aict_agenda_item, AICT, AGENDA_ITEM, AictEntity)

AICT_AVAILABLE_IN_ALL
AictAgendaItem *aict_agenda_item_new           (const char     *id,
                                                const char     *title);
AICT_AVAILABLE_IN_ALL
const char     *aict_agenda_item_get_label     (AictAgendaItem *self);
AICT_AVAILABLE_IN_ALL
void            aict_agenda_item_set_label     (AictAgendaItem *self,
                                                const char     *label);
AICT_AVAILABLE_IN_ALL
const char     *aict_agenda_item_get_title     (AictAgendaItem *self);
AICT_AVAILABLE_IN_ALL
void            aict_agenda_item_set_title     (AictAgendaItem *self,
                                                const char     *title);
AICT_AVAILABLE_IN_ALL
const char     *aict_agenda_item_get_parent_id (AictAgendaItem *self);
AICT_AVAILABLE_IN_ALL
void            aict_agenda_item_set_parent_id (AictAgendaItem *self,
                                                const char     *parent_id);

G_END_DECLS
