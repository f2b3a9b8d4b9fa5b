/** Stage 6: choosing summary sentences under hard budgets. */
package dev.salient.select;
