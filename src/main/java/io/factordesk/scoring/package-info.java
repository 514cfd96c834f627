/**
 * The embedded credit engine: pure Java over the domain records, no UI, database or file I/O.
 *
 * <p>A {@link io.factordesk.scoring.ScorecardModel} is loaded from the bytes of a versioned JSON file
 * ({@link io.factordesk.scoring.ScorecardModelLoader}, default {@code resources/scoring/supplier-invoice-finance-v1.json})
 * and validated; its SHA-256 goes into every result. {@link io.factordesk.scoring.CreditCheckEngine#check} then:
 * <ol>
 *   <li>rolls the trading months up once (24 monthly totals, per-debtor sums over the limit window);</li>
 *   <li>applies the knock-out rules, including the watch-list screen on normalised names;</li>
 *   <li>measures the twelve characteristics and scores them with array lookups (no allocation);
 *       score to PD by the model's scaling, PD to grade by the PD bands;</li>
 *   <li>looks for fraud and cash-out signals, each with evidence and the decision it forces;</li>
 *   <li>decides: score cut-offs, then any knock-out declines, signals refer or decline, a request above
 *       the recommended line refers;</li>
 *   <li>derives the credit line (grade multiple x monthly eligible sales, capped by debtor limits and
 *       policy) and the risk-based price (funding + PD x LGD + operating cost + IRB K x hurdle + margin).</li>
 * </ol>
 * Every text an officer reads (reasons, knock-out details, signal evidence) comes from the model file
 * in English and Chinese. The engine and its models are immutable and safe to share between threads.
 */
package io.factordesk.scoring;
