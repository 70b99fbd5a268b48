#ifndef SALESPLAN_CGLPK_SHIM_H
#define SALESPLAN_CGLPK_SHIM_H

/* GLPK, the GNU Linear Programming Kit (Debian: libglpk-dev): the exact MIP of `salesplan
 * balance --exact`. It ships no pkg-config file; the header is in the default include path. */
#include <glpk.h>

#endif
