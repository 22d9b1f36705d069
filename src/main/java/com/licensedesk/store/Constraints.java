package com.licensedesk.store;

import java.sql.SQLException;
import org.jooq.exception.DataAccessException;

/** Recognises a unique-constraint violation, on SQLite and on PostgreSQL alike. */
final class Constraints {
    private static final String UNIQUE_VIOLATION = "23505";

    private Constraints() {
    }

    static boolean isUniqueViolation(DataAccessException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            String message = String.valueOf(cause.getMessage());
            if (message.contains("UNIQUE constraint failed") || message.contains("SQLITE_CONSTRAINT_PRIMARYKEY")
                    || message.contains("SQLITE_CONSTRAINT_UNIQUE")) {
                return true;
            }
        }
        return false;
    }
}
