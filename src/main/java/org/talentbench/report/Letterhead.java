package org.talentbench.report;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import org.talentbench.i18n.Language;

/**
 * The institute as it appears at the top of every page: its name in Chinese and English (the settings
 * {@code institute.name} and {@code institute.nameEn}) and an optional logo, a PNG or JPEG image. The name is also
 * the PDF's author. Immutable; the logo bytes are copied.
 */
public record Letterhead(String nameZh, String nameEn, byte[] logo) {
    public Letterhead {
        Objects.requireNonNull(nameZh, "nameZh");
        nameEn = nameEn == null ? "" : nameEn;
        logo = logo == null || logo.length == 0 ? null : logo.clone();
    }

    public Letterhead(String name) {
        this(name, "", null);
    }

    /** The name for a document in {@code language}: the English name when there is one, else the Chinese one. */
    public String name(Language language) {
        return language == Language.EN && !nameEn.isBlank() ? nameEn : nameZh;
    }

    @Override
    public byte[] logo() {
        return logo == null ? null : logo.clone();
    }

    /** The logo as a {@code data:} URI, or null when there is none or it is neither PNG nor JPEG. */
    String logoDataUri() {
        if (logo == null) {
            return null;
        }
        String type;
        if (logo.length > 8 && (logo[0] & 0xFF) == 0x89 && logo[1] == 'P' && logo[2] == 'N' && logo[3] == 'G') {
            type = "image/png";
        } else if (logo.length > 3 && (logo[0] & 0xFF) == 0xFF && (logo[1] & 0xFF) == 0xD8) {
            type = "image/jpeg";
        } else {
            return null;
        }
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(logo);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Letterhead l && nameZh.equals(l.nameZh) && nameEn.equals(l.nameEn)
                && Arrays.equals(logo, l.logo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nameZh, nameEn, Arrays.hashCode(logo));
    }

    @Override
    public String toString() {
        return "Letterhead[" + nameZh + " / " + nameEn + (logo == null ? "" : ", logo " + logo.length + " bytes") + "]";
    }
}
