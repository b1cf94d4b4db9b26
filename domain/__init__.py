"""Pure rules of the reception desk: IIN, legal status, insurance, services, decisions.

Imports only the standard library: the whole rulebook runs in a plain Python shell.
"""
