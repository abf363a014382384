def greeting():
    return "hello from a module nothing imports"
