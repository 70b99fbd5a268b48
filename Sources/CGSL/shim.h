#ifndef SALESPLAN_CGSL_SHIM_H
#define SALESPLAN_CGSL_SHIM_H

#include <gsl/gsl_rng.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>

/* GSL exposes its generator types as mutable C globals (gsl_rng_mt19937, ...),
 * which Swift 6's strict concurrency rejects. These accessors hand them out as
 * plain function results instead. */
static inline const gsl_rng_type *salesplan_rng_mt19937(void) { return gsl_rng_mt19937; }
static inline const gsl_rng_type *salesplan_rng_taus2(void) { return gsl_rng_taus2; }
static inline const gsl_rng_type *salesplan_rng_gfsr4(void) { return gsl_rng_gfsr4; }
static inline const gsl_rng_type *salesplan_rng_ranlxd2(void) { return gsl_rng_ranlxd2; }

/* Asks the CPU to start loading the cache line at `address` for writing. */
static inline void salesplan_prefetch_for_write(const void *address) { __builtin_prefetch(address, 1, 3); }

#endif
