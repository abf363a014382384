def greeting(name: str) -> str:
    return f"Hello from mypkg, {name}!"
