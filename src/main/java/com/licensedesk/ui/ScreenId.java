package com.licensedesk.ui;

/** A screen, named by the feature that declares it ({@code company.info}). */
public record ScreenId(String name) {
}
