"""The review rules without Qt: the working state, operations returning Changes, undo history."""
