/* The physical floor of the benchmark: N log-normal draws from GSL on one core and nothing else,
 * each exp(mu + sigma * gsl_ran_gaussian_ziggurat(mt19937)), the same sampler SalesPlan uses. No
 * model, no pay, no totals: only the draws and a running sum that keeps the compiler honest.
 *
 * build: gcc -O3 -march=native raw_draws.c $(pkg-config --cflags --libs gsl) -o raw_draws
 * usage: raw_draws N [SEED]        (N = sellers x trials; SEED defaults to 42)
 * prints one JSON object: ns per draw (timed inside the program) and the sample mean against the
 * log-normal's exact mean exp(mu + sigma^2 / 2).
 */
#include <errno.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int main(int argc, char **argv) {
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: %s N [SEED]\n", argv[0]);
        return 2;
    }
    char *end;
    errno = 0;
    long long n = strtoll(argv[1], &end, 10);
    if (errno || *end || n < 1) {
        fprintf(stderr, "raw_draws: N must be a positive integer (got \"%s\")\n", argv[1]);
        return 2;
    }
    unsigned long seed = argc > 2 ? strtoul(argv[2], NULL, 10) : 42;
    const double mu = log(0.8), sigma = 0.30;  /* bench model v1's "average" year */

    gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
    gsl_rng_set(rng, seed);
    struct timespec start, stop;
    clock_gettime(CLOCK_MONOTONIC, &start);
    double sum = 0;
    for (long long i = 0; i < n; i++) sum += exp(mu + sigma * gsl_ran_gaussian_ziggurat(rng, 1.0));
    clock_gettime(CLOCK_MONOTONIC, &stop);
    gsl_rng_free(rng);

    double seconds = (double)(stop.tv_sec - start.tv_sec) + 1e-9 * (double)(stop.tv_nsec - start.tv_nsec);
    printf("{\"program\": \"raw_draws\", \"draws\": %lld, \"seed\": %lu, \"generator\": \"mt19937\", "
           "\"sampler\": \"ziggurat\", \"ns_per_draw\": %.2f, \"mean\": %.6f, \"exact_mean\": %.6f}\n",
           n, seed, 1e9 * seconds / (double)n, sum / (double)n, exp(mu + sigma * sigma / 2));
    return 0;
}
