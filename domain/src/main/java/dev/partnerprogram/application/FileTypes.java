package dev.partnerprogram.application;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises the allowed file formats by their first bytes, so a renamed executable does not pass as a PDF.
 * Which extensions are allowed at all is configuration; how each format begins is a fact of the format.
 */
final class FileTypes {

    record Format(String contentType, byte[]... signatures) {
        boolean matches(byte[] data) {
            return Arrays.stream(signatures).anyMatch(sig -> startsWith(data, sig));
        }
    }

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private static final Map<String, Format> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", new Format("application/pdf", "%PDF-".getBytes())),
            Map.entry("png", new Format("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})),
            Map.entry("jpg", new Format("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})),
            Map.entry("jpeg", new Format("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})),
            Map.entry("gif", new Format("image/gif", "GIF8".getBytes())),
            Map.entry("doc", new Format("application/msword", OLE)),
            Map.entry("xls", new Format("application/vnd.ms-excel", OLE)),
            Map.entry("ppt", new Format("application/vnd.ms-powerpoint", OLE)),
            Map.entry("docx", new Format("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP)),
            Map.entry("xlsx", new Format("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP)),
            Map.entry("pptx", new Format("application/vnd.openxmlformats-officedocument.presentationml.presentation", ZIP)),
            Map.entry("odt", new Format("application/vnd.oasis.opendocument.text", ZIP)),
            Map.entry("ods", new Format("application/vnd.oasis.opendocument.spreadsheet", ZIP)),
            Map.entry("rtf", new Format("application/rtf", "{\\rtf".getBytes())));

    private FileTypes() {}

    static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The content type to store, if the name's extension is a known format and the bytes really are that format. */
    static Optional<String> detect(String fileName, byte[] data) {
        Format format = BY_EXTENSION.get(extensionOf(fileName));
        return format != null && format.matches(data) ? Optional.of(format.contentType()) : Optional.empty();
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
