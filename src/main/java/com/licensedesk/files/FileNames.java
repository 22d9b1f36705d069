package com.licensedesk.files;

/** File names the desk proposes, made from what customers typed (a masked login ID, a kiosk's name). */
public final class FileNames {
    /** Characters Windows, macOS or Linux refuse or treat specially in a name (the mask's {@code *} among them). */
    private static final String UNSAFE = "\\/:*?\"<>|";

    private FileNames() {
    }

    /** {@code name} with each unsafe character and control character as {@code _}, and no dot or space at the end. */
    public static String safe(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(c -> out.appendCodePoint(c < 0x20 || c == 0x7F || UNSAFE.indexOf(c) >= 0 ? '_' : c));
        int end = out.length();
        while (end > 0 && (out.charAt(end - 1) == '.' || out.charAt(end - 1) == ' ')) {
            end--;
        }
        return end == 0 ? "_" : out.substring(0, end);
    }
}
