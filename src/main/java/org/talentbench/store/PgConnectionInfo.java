package org.talentbench.store;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of a PostgreSQL URL and the credentials to use with it. The user and password come, in this order, from
 * the URL's {@code user}/{@code password} parameters, the {@code PGUSER}/{@code PGPASSWORD} environment variables,
 * and the first matching line of {@code ~/.pgpass} (or {@code PGPASSFILE}), as libpq does; the user defaults to the
 * login name. Immutable.
 */
record PgConnectionInfo(String host, int port, String database, Map<String, String> params, String user,
                        String password) {
    static final int DEFAULT_PORT = 5432;

    /** Resolves the connection info of {@code location} against the real environment. */
    static PgConnectionInfo resolve(DatabaseLocation location) {
        Map<String, String> env = System.getenv();
        String passFile = env.get("PGPASSFILE");
        Path pgpass = passFile != null && !passFile.isBlank() ? Path.of(passFile)
                : Path.of(System.getProperty("user.home", "."), ".pgpass");
        return resolve(location.jdbcUrl(), env, pgpass, System.getProperty("user.name", ""));
    }

    /** Pure form of {@link #resolve(DatabaseLocation)} for tests. */
    static PgConnectionInfo resolve(String jdbcUrl, Map<String, String> env, Path pgpass, String loginName) {
        String rest = jdbcUrl.substring("jdbc:postgresql://".length());
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        int slash = rest.indexOf('/');
        String hostPort = slash < 0 ? rest : rest.substring(0, slash);
        String database = slash < 0 ? "" : decode(rest.substring(slash + 1));
        String host = hostPort;
        int port = DEFAULT_PORT;
        int colon = hostPort.lastIndexOf(':');
        if (colon > 0 && !hostPort.endsWith("]")) {
            host = hostPort.substring(0, colon);
            port = Integer.parseInt(hostPort.substring(colon + 1));
        }
        if (host.isEmpty()) {
            host = "localhost";
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.put(key, value);
        }
        if (database.isEmpty()) {
            database = params.getOrDefault("dbname", "");
        }
        String user = firstNonBlank(params.remove("user"), env.get("PGUSER"));
        String password = firstNonBlank(params.remove("password"), env.get("PGPASSWORD"));
        if (user == null) {
            user = loginName;
        }
        if (password == null) {
            password = fromPgpass(pgpass, host, port, database.isEmpty() ? user : database, user).orElse(null);
        }
        if (database.isEmpty()) {
            database = user;
        }
        return new PgConnectionInfo(host, port, database, Map.copyOf(params), user, password);
    }

    /** The JDBC URL without user and password (they are passed separately and never logged). */
    String jdbcUrl() {
        StringBuilder sb = new StringBuilder("jdbc:postgresql://").append(host);
        if (port != DEFAULT_PORT) {
            sb.append(':').append(port);
        }
        sb.append('/').append(database);
        char sep = '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = '&';
        }
        return sb.toString();
    }

    /** {@code host/db?params} with any {@code password=} parameter removed. */
    static String withoutPassword(String rest) {
        int q = rest.indexOf('?');
        if (q < 0) {
            return rest;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rest.substring(q + 1).split("&")) {
            if (!pair.toLowerCase(Locale.ROOT).startsWith("password=") && !pair.isEmpty()) {
                kept.add(pair);
            }
        }
        return rest.substring(0, q) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }

    /** The first {@code host:port:db:user:password} line of a pgpass file matching, with {@code *} wildcards. */
    static Optional<String> fromPgpass(Path file, String host, int port, String database, String user) {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> f = splitPgpass(line);
            if (f.size() != 5) {
                continue;
            }
            if (matches(f.get(0), host) && matches(f.get(1), Integer.toString(port)) && matches(f.get(2), database)
                    && matches(f.get(3), user)) {
                return Optional.of(f.get(4));
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String pattern, String value) {
        return "*".equals(pattern) || pattern.equals(value)
                || ("localhost".equals(pattern) && ("127.0.0.1".equals(value) || "::1".equals(value)));
    }

    private static List<String> splitPgpass(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
            } else if (c == ':' && fields.size() < 4) {
                fields.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        fields.add(cur.toString());
        return fields;
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : null;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "PgConnectionInfo[" + jdbcUrl() + ", user=" + user + "]";
    }
}
