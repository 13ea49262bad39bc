/**
 * JMH benchmarks, built and run only with the {@code bench} profile:
 * {@code mvn -B -DskipTests -Pbench package} (add {@code -Dbench.args="..."} for JMH options, e.g.
 * a benchmark name pattern). Each benchmark that backs a number in an issue says which, and
 * measures it against its baseline in the same run.
 */
package io.github.campaignkit.examples.bench;
