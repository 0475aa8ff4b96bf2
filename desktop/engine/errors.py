"""The one exception the engine raises for input a user should be told about."""


class InputError(Exception):
    """Bad input: names the source and says what is wrong, in one line."""

    def __init__(self, source: str, problem: str):
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem
