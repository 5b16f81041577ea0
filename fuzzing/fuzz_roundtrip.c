/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <string.h>

#include "fuzz.h"

/* Whatever loads must save, reload to the same model and save to the same
 * bytes: load → save → load → save is the identity after the first save. */
int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  g_autoptr(AictDataset) first = NULL;
  g_autoptr(AictDataset) second = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;
  g_autoptr(GError) error = NULL;

  fuzz_set_logging ();

  first = aict_dataset_new_from_data_full ((const char *) data, (gssize) size, NULL, NULL);
  if (first == NULL)
    return 0;

  /* The decoder and the encoder share their checks: what loaded, writes. */
  saved = aict_dataset_to_bytes (first, &error);
  /* Unless its canonical form is larger than the limit it was loaded
   * with: then the save says so rather than write what will not load. */
  if (saved == NULL && g_error_matches (error, AICT_ERROR, AICT_ERROR_LIMIT))
    return 0;
  if (saved == NULL)
    g_error ("a loaded dataset cannot be written: %s", error->message);

  second = aict_dataset_new_from_bytes (saved, &error);
  if (second == NULL)
    g_error ("a saved dataset does not load again: %s", error->message);

  saved_again = aict_dataset_to_bytes (second, NULL);
  if (!g_bytes_equal (saved, saved_again))
    g_error ("saving a reloaded dataset changed its bytes");

  return 0;
}
