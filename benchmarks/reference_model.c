/* Bench model v1 (benchmarks/README.md) written plainly in C on GSL: the native reference that
 * SalesPlan's engine is timed against and whose figures it must reproduce within Monte Carlo
 * error. One thread, one mt19937 stream, gsl_ran_lognormal for every attainment, every trial
 * kept in memory and sorted for the percentiles.
 *
 * build: gcc -O3 -march=native reference_model.c $(pkg-config --cflags --libs gsl) -o reference_model
 * usage: reference_model SELLERS TRIALS [SEED]        (SEED defaults to 42)
 * prints one JSON object (see benchmarks/README.md, "Summary figures").
 */
#include <errno.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

enum { YEAR_TYPES = 3 };
static const double year_probability[YEAR_TYPES] = {0.25, 0.50, 0.25};
static const double year_median[YEAR_TYPES] = {0.55, 0.80, 1.00};
static const double year_sigma[YEAR_TYPES] = {0.35, 0.30, 0.28};
static const double quota = 1500000.0;
static const double target_incentive = 150000.0;

/* Pay as a multiple of target incentive at attainment a. */
static double pay_multiple(double a) {
    double f;
    if (a < 0.5) f = 0.0;
    else if (a <= 1.0) f = a;
    else f = 1.0 + 2.0 * (a - 1.0);
    return f > 3.0 ? 3.0 : f;
}

static int ascending(const void *x, const void *y) {
    double a = *(const double *)x, b = *(const double *)y;
    return (a > b) - (a < b);
}

/* Percentile q of sorted[0..n), interpolating linearly between order statistics (numpy's default). */
static double percentile(const double *sorted, long n, double q) {
    double h = q * (double)(n - 1);
    long lo = (long)floor(h);
    if (lo >= n - 1) return sorted[n - 1];
    return sorted[lo] + (h - (double)lo) * (sorted[lo + 1] - sorted[lo]);
}

static long positive(const char *text, const char *what) {
    char *end;
    errno = 0;
    long value = strtol(text, &end, 10);
    if (errno || *end || value < 1) {
        fprintf(stderr, "reference_model: %s must be a positive integer (got \"%s\")\n", what, text);
        exit(2);
    }
    return value;
}

int main(int argc, char **argv) {
    if (argc < 3 || argc > 4) {
        fprintf(stderr, "usage: %s SELLERS TRIALS [SEED]\n", argv[0]);
        return 2;
    }
    long sellers = positive(argv[1], "SELLERS"), trials = positive(argv[2], "TRIALS");
    unsigned long seed = argc > 3 ? strtoul(argv[3], NULL, 10) : 42;

    double *pay = malloc(sizeof *pay * (size_t)trials);
    double *revenue = malloc(sizeof *revenue * (size_t)trials);
    if (!pay || !revenue) { fprintf(stderr, "reference_model: out of memory\n"); return 1; }

    gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
    gsl_rng_set(rng, seed);
    double sum_share = 0, sum_share2 = 0;
    for (long t = 0; t < trials; t++) {
        double u = gsl_rng_uniform(rng);
        int y = 0;
        double cumulative = year_probability[0];
        while (y < YEAR_TYPES - 1 && u >= cumulative) cumulative += year_probability[++y];
        double zeta = log(year_median[y]), sigma = year_sigma[y];
        double trial_pay = 0, trial_revenue = 0;
        long at_quota = 0;
        for (long i = 0; i < sellers; i++) {
            double a = gsl_ran_lognormal(rng, zeta, sigma);
            trial_pay += target_incentive * pay_multiple(a);
            trial_revenue += quota * a;
            at_quota += a >= 1.0;
        }
        pay[t] = trial_pay;
        revenue[t] = trial_revenue;
        double share = (double)at_quota / (double)sellers;
        sum_share += share;
        sum_share2 += share * share;
    }
    gsl_rng_free(rng);

    double goal = (double)sellers * quota / 1.3;
    double sum_pay = 0, sum_pay2 = 0, sum_revenue = 0, sum_revenue2 = 0;
    long met = 0;
    for (long t = 0; t < trials; t++) {
        sum_pay += pay[t]; sum_pay2 += pay[t] * pay[t];
        sum_revenue += revenue[t]; sum_revenue2 += revenue[t] * revenue[t];
        met += revenue[t] >= goal;
    }
    double n = (double)trials;
    /* Standard error of a mean: sample sd / sqrt(n). */
#define SE(sum, sum2) (trials > 1 ? sqrt(fmax(0.0, ((sum2) - (sum) * (sum) / n) / (n - 1)) / n) : 0.0)
    double pay_se = SE(sum_pay, sum_pay2), revenue_se = SE(sum_revenue, sum_revenue2);
    double share_se = SE(sum_share, sum_share2);
    double p_met = (double)met / n;
    qsort(pay, (size_t)trials, sizeof *pay, ascending);
    qsort(revenue, (size_t)trials, sizeof *revenue, ascending);

    printf("{\"program\": \"reference_model\", \"sellers\": %ld, \"trials\": %ld, \"seed\": %lu, "
           "\"generator\": \"mt19937\",\n", sellers, trials, seed);
    printf(" \"variable_comp\": {\"mean\": %.2f, \"standard_error\": %.2f, \"p5\": %.2f, \"p50\": %.2f, "
           "\"p95\": %.2f, \"max\": %.2f},\n", sum_pay / n, pay_se, percentile(pay, trials, 0.05),
           percentile(pay, trials, 0.50), percentile(pay, trials, 0.95), pay[trials - 1]);
    printf(" \"revenue\": {\"mean\": %.2f, \"standard_error\": %.2f, \"p5\": %.2f, \"p50\": %.2f, \"p95\": %.2f},\n",
           sum_revenue / n, revenue_se, percentile(revenue, trials, 0.05), percentile(revenue, trials, 0.50),
           percentile(revenue, trials, 0.95));
    printf(" \"goal\": %.2f, \"goal_met\": {\"probability\": %.6f, \"standard_error\": %.6f},\n", goal, p_met,
           sqrt(p_met * (1 - p_met) / n));
    printf(" \"share_at_quota\": {\"mean\": %.6f, \"standard_error\": %.6f}}\n", sum_share / n, share_se);
    free(pay);
    free(revenue);
    return 0;
}
