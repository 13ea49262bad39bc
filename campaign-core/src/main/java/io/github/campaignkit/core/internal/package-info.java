/**
 * Helpers shared by the packages of campaign-core. Not part of the API: these types may change in
 * any release without notice. Do not use them from outside campaignkit.
 */
package io.github.campaignkit.core.internal;
