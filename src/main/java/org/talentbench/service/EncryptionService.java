package org.talentbench.service;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentbench.common.UserFacingException;
import org.talentbench.security.Credentials;
import org.talentbench.security.PasswordHasher;
import org.talentbench.security.Permission;
import org.talentbench.security.Principal;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

/**
 * Converting an existing H2 database file to encryption at rest and back (CLI {@code encrypt} / {@code decrypt}).
 * Only an administrator may convert: the credentials must sign in to the database as an account with
 * {@link Permission#MANAGE_ACCOUNTS} before anything is changed. The file must be closed everywhere; a timestamped
 * backup is written to the {@code backups} folder first (docs/decisions/0091-encryption-at-rest.md). Stateless.
 */
public final class EncryptionService {
    private static final Logger LOG = LoggerFactory.getLogger(EncryptionService.class);

    private EncryptionService() {
    }

    /** What a conversion did: the backup written before it. */
    public record Converted(DatabaseLocation location, Path backup) {
    }

    /**
     * Encrypts the plain file at {@code location}; afterwards only {@code admin}'s account holds a key slot, and
     * every other account gets one when it next signs in to a session someone opened, or when the administrator
     * resets its password.
     */
    public static Converted encrypt(DatabaseLocation location, Credentials admin) {
        requireFile(location);
        String version = checkAdministrator(location, admin);
        Path backup = Database.encryptFile(location, admin, new PasswordHasher().cost(), version);
        try (Database db = Database.open(location, false, admin)) {
            new AuthService(db).login(admin.login(), admin.password().clone());
        }
        LOG.info("{} is now encrypted at rest", location.display());
        return new Converted(location, backup);
    }

    /** Decrypts the encrypted file at {@code location} and deletes its key file. */
    public static Converted decrypt(DatabaseLocation location, Credentials admin) {
        requireFile(location);
        String version = checkAdministrator(location, admin);
        Path backup = Database.decryptFile(location, admin, version);
        LOG.info("{} is no longer encrypted at rest", location.display());
        return new Converted(location, backup);
    }

    private static void requireFile(DatabaseLocation location) {
        if (location.kind() != DatabaseLocation.Kind.H2_FILE) {
            throw new UserFacingException("error.encryption.fileOnly", true, null, location.display());
        }
    }

    /** Opens, signs in, requires an administrator, closes; returns the schema version. */
    private static String checkAdministrator(DatabaseLocation location, Credentials admin) {
        try (Database db = Database.open(location, false, admin)) {
            Principal who = new AuthService(db).login(admin.login(), admin.password().clone());
            Access.require(who, Permission.MANAGE_ACCOUNTS);
            return db.schemaVersion();
        }
    }
}
